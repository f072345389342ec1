import { csrfToken } from './csrf.ts'

/** Tells the server every 30 s that this editor is open, and shows who else has it open. */
export function presence(banner: HTMLElement): void {
  const url = banner.dataset.presenceUrl!
  const page = banner.dataset.presencePage ?? ''
  const beat = async () => {
    const res = await fetch(url, { method: 'POST', body: new URLSearchParams({ _csrf: csrfToken(), trang: page }), headers: { accept: 'application/json' } }).catch(() => undefined)
    const answer = await res?.json().catch(() => undefined) as { text?: string } | undefined
    if (res?.ok && answer?.text !== undefined && banner.textContent !== answer.text) banner.textContent = answer.text
  }
  window.setInterval(() => void beat(), Number(banner.dataset.presenceMs ?? 30_000))
  // Leaving the page frees the article at once rather than after the beat runs out.
  window.addEventListener('pagehide', () => navigator.sendBeacon(url, new URLSearchParams({ _csrf: csrfToken(), trang: page, roi: '1' })))
}
