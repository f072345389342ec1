import { csrfToken } from './csrf.ts'
import { EDITOR_WORDS } from './editor-words.ts'
import { openImagePicker } from './image-picker.ts'

interface UploadAnswer { id?: number; url?: string; srcset?: string; alt?: string; error?: { message: string } }

const ACCEPTED = 'image/jpeg,image/png,image/webp,image/gif'

/**
 * The lead image's grid (views/lead-image-picker.view.ts) gains an upload: a file dropped on
 * it, or chosen with the file input, goes to the library (/toa-soan/anh.json), and comes back
 * as a new thumbnail, chosen. Its own file, so that the library's shared picker can later
 * stand beside it (search, older images) without touching the rest of the editor.
 */
export function enhanceLeadImagePicker(fieldset: HTMLFieldSetElement): void {
  const grid = fieldset.querySelector<HTMLUListElement>('.lead-image-grid')
  const uploadUrl = fieldset.dataset.uploadUrl
  if (!grid || !uploadUrl) return

  const zone = document.createElement('div')
  zone.className = 'lead-image-drop'
  const text = document.createElement('span')
  text.textContent = EDITOR_WORDS.dropHere + ' '
  const label = document.createElement('label')
  label.className = 'button-secondary file-button'
  const input = document.createElement('input')
  input.type = 'file'
  input.accept = ACCEPTED
  input.className = 'visually-hidden'
  // Not the article form's: the file goes to the library, never with the article.
  input.setAttribute('form', 'khong-gui-kem-bai')
  label.append(EDITOR_WORDS.chooseFile, input)
  const status = document.createElement('p')
  status.className = 'muted upload-status'
  status.setAttribute('role', 'status')
  // Older images, or one found by its alt text or caption: the library's shared picker.
  const search = document.createElement('button')
  search.type = 'button'
  search.className = 'button-secondary'
  search.textContent = EDITOR_WORDS.searchLibrary
  search.addEventListener('click', () => openImagePicker({
    title: EDITOR_WORDS.leadImageTitle,
    onClose: () => search.focus(),
    onPick: (image) => {
      const shown = grid.querySelector<HTMLInputElement>(`input[name=leadImageId][value="${image.id}"]`)
      const radio = shown ?? addChoice(image.id, image.thumbnail, image.alt)
      radio.checked = true
      radio.dispatchEvent(new Event('input', { bubbles: true }))
    },
  }))
  zone.append(text, label, ' ', search, status)
  grid.before(zone)

  input.addEventListener('change', () => {
    const file = input.files?.[0]
    if (file) void upload(file)
    input.value = ''
  })
  zone.addEventListener('dragover', (event) => {
    event.preventDefault()
    zone.classList.add('dragging')
  })
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'))
  zone.addEventListener('drop', (event) => {
    event.preventDefault()
    zone.classList.remove('dragging')
    const file = [...(event.dataTransfer?.files ?? [])].find((f) => f.type.startsWith('image/'))
    if (file) void upload(file)
  })

  async function upload(file: File): Promise<void> {
    const alt = window.prompt(EDITOR_WORDS.altPrompt, '') ?? ''
    status.textContent = EDITOR_WORDS.uploading
    const body = new FormData()
    body.append('alt', alt)
    body.append('file', file)
    const res = await fetch(uploadUrl!, { method: 'POST', body, headers: { 'x-csrf-token': csrfToken(), accept: 'application/json' } }).catch(() => undefined)
    const answer = await res?.json().catch(() => undefined) as UploadAnswer | undefined
    if (!res?.ok || answer?.id === undefined || !answer.url) {
      status.textContent = answer?.error?.message ?? EDITOR_WORDS.uploadFailed
      return
    }
    const radio = addChoice(answer.id, smallestOf(answer.srcset) ?? answer.url, answer.alt || alt)
    radio.checked = true
    // Counts as an edit: autosave and the SEO preview follow.
    radio.dispatchEvent(new Event('input', { bubbles: true }))
    status.textContent = EDITOR_WORDS.uploaded
  }

  function addChoice(id: number, thumbnail: string, alt: string): HTMLInputElement {
    const template = grid!.querySelector<HTMLInputElement>('input[name=leadImageId]')
    const item = document.createElement('li')
    const choice = document.createElement('label')
    choice.className = 'lead-image-choice'
    const radio = document.createElement('input')
    radio.type = 'radio'
    radio.name = 'leadImageId'
    radio.value = String(id)
    const owner = template?.getAttribute('form')
    if (owner) radio.setAttribute('form', owner)
    const img = document.createElement('img')
    img.src = thumbnail
    img.alt = ''
    const caption = document.createElement('span')
    caption.textContent = alt || `#${id}`
    choice.append(radio, img, caption)
    item.append(choice)
    // After "Không có ảnh", before the older images.
    grid!.firstElementChild ? grid!.firstElementChild.after(item) : grid!.append(item)
    return radio
  }
}

/** The narrowest width of a srcset ("a.webp 480w, b.webp 960w" → a.webp). */
function smallestOf(srcset: string | undefined): string | undefined {
  const widths = (srcset ?? '').split(',').map((s) => s.trim().split(/\s+/)).filter((p) => p.length === 2)
  widths.sort((a, b) => parseInt(a[1]!, 10) - parseInt(b[1]!, 10))
  return widths[0]?.[0]
}
