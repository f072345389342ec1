/**
 * A destructive workflow button (its form has data-confirm) opens its dialog instead of the
 * confirmation page it reaches without JavaScript; the dialog holds the real form.
 */
export function confirmDestructiveActions(root: ParentNode): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-confirm]')) {
    const dialog = document.getElementById(form.dataset.confirm ?? '')
    if (!(dialog instanceof HTMLDialogElement) || typeof dialog.showModal !== 'function') continue
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      dialog.showModal()
    })
  }
}
