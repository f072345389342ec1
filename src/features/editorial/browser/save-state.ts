import { belongsTo } from './csrf.ts'
import { clockTime, EDITOR_WORDS } from './editor-words.ts'

/** After the last keystroke, how long typing must pause before a save. */
const QUIET_MS = 2000
/** Saves of one session at least this far apart (each is a revision); data-autosave-ms changes it. */
const SPACING_MS = 20_000
/** Waits before trying again when the server cannot be reached: 5 s, 10 s, 20 s… up to a minute. */
const RETRY_MS = [5000, 10_000, 20_000, 40_000, 60_000]

interface SaveAnswer { version?: number; outcome?: string; message?: string; conflictHtml?: string; error?: { message: string } }

/**
 * Keeps the article saved and says so in the bar: "Đang lưu…", "Đã lưu lúc 10:31", "Chưa lưu –
 * mất kết nối". A save goes through the form's own address (JSON asked for), with the form's CSRF
 * token and the version the text was made from, so the server refuses it (409) when someone else
 * saved meanwhile: autosave then stops and the typed text stays in the form. One save at a
 * time: a save sent before the last one answered would carry the version the last one replaced.
 */
export function keepSaved(form: HTMLFormElement, state: HTMLElement): void {
  const version = form.querySelector<HTMLInputElement>('input[name=version]')
  const spacing = Number(form.dataset.autosaveMs ?? SPACING_MS)
  let edits = 0
  let savedEdits = 0
  let saving = false
  let stopped = false
  let failures = 0
  let lastSaveAt = Number.NEGATIVE_INFINITY
  let timer: number | undefined
  const dirty = () => edits !== savedEdits
  const show = (text: string, title = '') => {
    state.textContent = text
    state.title = title
  }

  const edited = (event: Event) => {
    if (!belongsTo(form, event.target)) return
    edits += 1
    if (!saving && !stopped) show(EDITOR_WORDS.unsaved)
    schedule(0)
  }
  // Controls of the settings column sit outside the form element (form="…"): listen on the document.
  // Only input: a text field's change event (on leaving it) would count the same edit twice.
  document.addEventListener('input', edited)

  function schedule(atLeast: number): void {
    if (stopped) return
    window.clearTimeout(timer)
    const wait = Math.max(Math.min(QUIET_MS, spacing), lastSaveAt + spacing - Date.now(), atLeast)
    timer = window.setTimeout(() => void save(), wait)
  }

  async function save(): Promise<void> {
    if (stopped || saving || !dirty()) return
    saving = true
    const sent = edits
    lastSaveAt = Date.now()
    show(EDITOR_WORDS.saving)
    const res = await fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>), headers: { accept: 'application/json' },
    }).catch(() => undefined)
    const answer = await res?.json().catch(() => undefined) as SaveAnswer | undefined
    saving = false
    if (res?.ok && answer?.version !== undefined) {
      if (version) version.value = String(answer.version)
      savedEdits = sent
      failures = 0
      // A change to an approved or published article went to review: say so, not just "saved".
      const kept = answer.outcome === 'pending' ? ' (chờ duyệt)' : answer.outcome === 'sent-back' ? ' (gửi duyệt lại)' : ''
      show(EDITOR_WORDS.savedAt(clockTime(new Date())) + kept, kept ? answer.message ?? '' : '')
      if (dirty()) schedule(0)
    } else if (res?.status === 409) {
      stopped = true
      showConflict(form, answer?.conflictHtml)
      show(EDITOR_WORDS.conflict)
    } else if (!res || res.status >= 500) {
      // Unreachable (or the server failing): keep everything typed, try again a while later.
      show(EDITOR_WORDS.offline)
      schedule(RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!)
      failures += 1
    } else {
      // Refused for what the form holds: the next edit tries again.
      show(answer?.error?.message ?? EDITOR_WORDS.invalid)
    }
  }

  /** Ctrl+S (⌘S): save now, whatever the spacing. */
  function saveNow(): void {
    window.clearTimeout(timer)
    if (saving) schedule(0)
    else if (dirty() && !stopped) void save()
  }

  window.addEventListener('online', () => {
    if (dirty() && !saving) saveNow()
  })
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault()
      saveNow()
    }
  })
  warnBeforeLeaving(form, () => dirty() || saving)
}

/** Leaving with changes not yet saved asks first; submitting the form (Lưu) does not. */
export function warnBeforeLeaving(form: HTMLFormElement, unsaved: () => boolean): void {
  let submitting = false
  form.addEventListener('submit', () => (submitting = true))
  window.addEventListener('pageshow', () => (submitting = false))
  window.addEventListener('beforeunload', (event) => {
    if (submitting || !unsaved()) return
    event.preventDefault()
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = EDITOR_WORDS.leaveWarning
  })
}

/** The server's own escaped markup (views/edit-conflict.view.ts), above the columns. */
function showConflict(form: HTMLFormElement, markup: string | undefined): void {
  document.querySelector('.edit-conflict')?.remove()
  const holder = document.createElement('div')
  if (markup) holder.innerHTML = markup
  else {
    const section = holder.appendChild(document.createElement('section'))
    section.className = 'edit-conflict form-error'
    section.setAttribute('role', 'alert')
    section.textContent = EDITOR_WORDS.conflictFallback
  }
  const anchor = form.closest('.editor')?.querySelector('.editor-bar') ?? form
  anchor.before(...holder.childNodes)
}
