/** The page's CSRF token (every newsroom page carries one in its forms). */
export function csrfToken(): string {
  return document.querySelector<HTMLInputElement>('input[name=_csrf]')?.value ?? ''
}

/** Whether an event came from a control of this form, inside it or tied to it by form="…". */
export function belongsTo(form: HTMLFormElement, target: EventTarget | null): boolean {
  return target instanceof Element && 'form' in target && (target as HTMLInputElement).form === form
}
