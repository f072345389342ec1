// The image picker: a dialog that lists the media library (newest first, or searched by alt text
// or caption, with or without diacritics) as thumbnails and uploads a new image, and hands the
// chosen one to its caller. Self-contained: the body editor's "Ảnh" button uses it, and so may
// the lead image field. Everything is reached with the keyboard: Tab, the arrow keys in the
// grid, Enter to choose, Escape to close.
//
//   openImagePicker({ onPick(image) { … } })
//
// It reads the library at GET /toa-soan/anh.json?q=…&truoc=… ({ items, next }) and uploads to
// POST /toa-soan/anh.json (multipart: file, alt, caption; the CSRF token in x-csrf-token).

/** An image of the library, as the newsroom's JSON gives it. */
export interface PickedImage {
  id: number
  /** The largest width; `srcset` and `sizes` hold every width. */
  url: string
  srcset: string
  sizes: string
  width: number
  height: number
  alt: string
  caption: string
  /** A small picture to show in a grid. */
  thumbnail: string
  /** The 3:2 thumbnails cropped around the focal point, as a srcset ('' for older images). */
  thumbs: string
}

export interface ImagePickerOptions {
  onPick(image: PickedImage): void
  /** Called when the dialog closes, chosen or not. */
  onClose?(): void
  /** The dialog's heading. */
  title?: string
}

interface LibraryPage {
  items: PickedImage[]
  next: string | null
}

import { csrfToken } from './csrf.ts'

const LIBRARY = '/toa-soan/anh.json'
let opened = 0

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props)
  el.append(...children)
  return el
}

export function openImagePicker(options: ImagePickerOptions): void {
  const n = ++opened
  const id = (name: string) => `image-picker-${n}-${name}`
  const heading = element('h2', { id: id('title'), textContent: options.title ?? 'Chọn ảnh' })
  const search = element('input', { type: 'search', id: id('q'), placeholder: 'Ví dụ: hội nghị, cánh đồng', autocomplete: 'off' })
  const status = element('p', { className: 'muted', id: id('status') })
  status.setAttribute('role', 'status')
  const grid = element('ul', { className: 'image-picker-grid', id: id('grid') })
  grid.setAttribute('aria-label', 'Ảnh trong thư viện')
  const more = element('button', { type: 'button', textContent: 'Xem thêm ảnh', hidden: true })
  const close = element('button', { type: 'button', textContent: 'Đóng', className: 'secondary' })

  const file = element('input', { type: 'file', id: id('file'), accept: 'image/jpeg,image/png,image/webp,image/gif' })
  const alt = element('input', { type: 'text', id: id('alt'), maxLength: 300 })
  const caption = element('input', { type: 'text', id: id('caption'), maxLength: 1000 })
  const upload = element('button', { type: 'submit', textContent: 'Tải lên và chọn' })
  const uploadForm = element('form', { className: 'image-picker-upload' },
    element('h3', { textContent: 'Hoặc tải ảnh mới lên' }),
    element('p', {}, element('label', { htmlFor: id('file'), textContent: 'Tệp ảnh' }), ' ', file),
    element('p', {}, element('label', { htmlFor: id('alt'), textContent: 'Lời mô tả ảnh (cho người không xem được ảnh)' }), ' ', alt),
    element('p', {}, element('label', { htmlFor: id('caption'), textContent: 'Chú thích' }), ' ', caption),
    element('p', {}, upload))

  const dialog = element('dialog', { className: 'image-picker' },
    heading,
    element('div', { className: 'image-picker-bar' },
      element('label', { htmlFor: id('q'), textContent: 'Tìm theo mô tả hoặc chú thích' }), search, close),
    status, grid, element('p', {}, more), uploadForm)
  dialog.setAttribute('aria-labelledby', id('title'))
  document.body.append(dialog)

  let next: string | null = null
  let asked = 0
  const finish = () => {
    dialog.close()
  }
  dialog.addEventListener('close', () => {
    dialog.remove()
    options.onClose?.()
  })
  close.addEventListener('click', finish)

  const choose = (image: PickedImage) => {
    finish()
    options.onPick(image)
  }

  const show = (items: PickedImage[], append: boolean) => {
    if (!append) grid.replaceChildren()
    for (const image of items) {
      const picture = element('img', { src: image.thumbnail, alt: '', width: 144, height: 96, loading: 'lazy' })
      const label = image.alt || image.caption || `Ảnh #${image.id}`
      const button = element('button', { type: 'button', title: image.caption || label }, picture, element('span', { textContent: label }))
      button.addEventListener('click', () => choose(image))
      grid.append(element('li', {}, button))
    }
  }

  const load = async (url: string, append: boolean) => {
    const mine = ++asked
    status.textContent = 'Đang tải…'
    const res = await fetch(url, { headers: { accept: 'application/json' } }).catch(() => undefined)
    const page = await res?.json().catch(() => undefined) as LibraryPage | undefined
    if (mine !== asked) return // a newer search answered first
    if (!res?.ok || !page) {
      status.textContent = 'Không tải được thư viện ảnh. Xin thử lại.'
      return
    }
    show(page.items, append)
    next = page.next
    more.hidden = next === null
    const count = grid.children.length
    status.textContent = count === 0
      ? (search.value.trim() ? 'Không có ảnh nào khớp. Thử từ khác, hoặc tải ảnh mới lên ở dưới.' : 'Thư viện chưa có ảnh nào. Tải ảnh mới lên ở dưới.')
      : `${count} ảnh${next ? ', còn nữa' : ''}. Dùng phím mũi tên để đi giữa các ảnh, Enter để chọn.`
  }

  const libraryUrl = () => {
    const q = search.value.trim()
    return q ? `${LIBRARY}?${new URLSearchParams({ q })}` : LIBRARY
  }
  let typing: number | undefined
  search.addEventListener('input', () => {
    window.clearTimeout(typing)
    typing = window.setTimeout(() => void load(libraryUrl(), false), 250)
  })
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      window.clearTimeout(typing)
      void load(libraryUrl(), false)
    } else if (event.key === 'ArrowDown') {
      event.preventDefault()
      grid.querySelector('button')?.focus()
    }
  })
  more.addEventListener('click', () => { if (next) void load(next, true) })

  // Arrow keys move between the thumbnails, row by row as the grid lays them out.
  grid.addEventListener('keydown', (event) => {
    const buttons = [...grid.querySelectorAll('button')]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (at < 0) return
    const perRow = Math.max(1, Math.round(grid.clientWidth / (buttons[0]!.offsetWidth || 1)))
    const step = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: perRow, ArrowUp: -perRow, Home: -at, End: buttons.length - 1 - at }[event.key]
    if (step === undefined) return
    event.preventDefault()
    if (event.key === 'ArrowUp' && at - perRow < 0) return search.focus()
    buttons[Math.min(buttons.length - 1, Math.max(0, at + step))]!.focus()
  })

  uploadForm.addEventListener('submit', async (event) => {
    event.preventDefault()
    const chosen = file.files?.[0]
    if (!chosen) {
      status.textContent = 'Xin chọn một tệp ảnh để tải lên.'
      file.focus()
      return
    }
    const body = new FormData()
    body.append('alt', alt.value)
    body.append('caption', caption.value)
    body.append('file', chosen)
    upload.disabled = true
    status.textContent = 'Đang tải ảnh lên…'
    const res = await fetch(LIBRARY, { method: 'POST', body, headers: { 'x-csrf-token': csrfToken() } }).catch(() => undefined)
    const answer = await res?.json().catch(() => undefined) as (PickedImage & { error?: { message: string } }) | undefined
    upload.disabled = false
    if (!res?.ok || !answer?.url) {
      status.textContent = answer?.error?.message ?? 'Không tải được ảnh lên. Xin thử lại.'
      return
    }
    choose(answer)
  })

  dialog.showModal()
  search.focus()
  void load(LIBRARY, false)
}
