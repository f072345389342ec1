// Runs in the newsroom's browser, bundled by editor-bundle.ts. It only improves the article form:
// without it, the body is a plain HTML text area and everything still works.
import { Editor, Node } from '@tiptap/core'
import Image from '@tiptap/extension-image'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import { openImagePicker } from './image-picker.ts'

/** The library's images carry their responsive sources through editing and saving. */
const ResponsiveImage = Image.extend({
  addAttributes() {
    return { ...this.parent?.(), srcset: { default: null }, sizes: { default: null } }
  },
})

/** An image with its caption, as news pages print them: <figure><img><figcaption>…</figcaption></figure>. */
const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'image figcaption',
  isolating: true,
  draggable: true,
  parseHTML: () => [{ tag: 'figure' }],
  renderHTML: ({ HTMLAttributes }) => ['figure', HTMLAttributes, 0],
})

const Figcaption = Node.create({
  name: 'figcaption',
  content: 'inline*',
  parseHTML: () => [{ tag: 'figcaption' }],
  renderHTML: () => ['figcaption', 0],
})

interface ToolbarButton {
  label: string
  shortcut?: string
  run(editor: Editor): void
  isActive?(editor: Editor): boolean
}

const BUTTONS: ToolbarButton[] = [
  { label: 'Đậm', shortcut: 'Ctrl+B', run: (e) => e.chain().focus().toggleBold().run(), isActive: (e) => e.isActive('bold') },
  { label: 'Nghiêng', shortcut: 'Ctrl+I', run: (e) => e.chain().focus().toggleItalic().run(), isActive: (e) => e.isActive('italic') },
  { label: 'Tiêu đề mục', run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), isActive: (e) => e.isActive('heading', { level: 2 }) },
  { label: 'Tiêu đề nhỏ', run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), isActive: (e) => e.isActive('heading', { level: 3 }) },
  { label: 'Danh sách', run: (e) => e.chain().focus().toggleBulletList().run(), isActive: (e) => e.isActive('bulletList') },
  { label: 'Danh sách số', run: (e) => e.chain().focus().toggleOrderedList().run(), isActive: (e) => e.isActive('orderedList') },
  { label: 'Trích dẫn', run: (e) => e.chain().focus().toggleBlockquote().run(), isActive: (e) => e.isActive('blockquote') },
  {
    label: 'Liên kết',
    run: (e) => {
      const url = window.prompt('Địa chỉ liên kết (https://…), để trống để bỏ liên kết:', e.getAttributes('link').href ?? '')
      if (url === null) return
      if (url === '') e.chain().focus().unsetLink().run()
      else if (/^(https?:\/\/|mailto:|\/)/.test(url)) e.chain().focus().setLink({ href: url }).run()
      else window.alert('Chỉ nhận liên kết bắt đầu bằng https://, http://, mailto: hoặc /')
    },
    isActive: (e) => e.isActive('link'),
  },
  { label: 'Bảng', run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  { label: 'Ảnh', run: (e) => insertImage(e) },
  { label: 'Hoàn tác', shortcut: 'Ctrl+Z', run: (e) => e.chain().focus().undo().run() },
]

function csrfToken(): string {
  return (document.querySelector('input[name=_csrf]') as HTMLInputElement | null)?.value ?? ''
}

/** Picks an image from the media library, or uploads one, and puts it in with its caption. */
function insertImage(editor: Editor): void {
  openImagePicker({
    title: 'Chèn ảnh vào bài',
    onClose: () => editor.commands.focus(),
    onPick: (image) => {
      // Width, height and srcset let phones fetch a small variant and keep the page from jumping.
      editor.chain().focus().insertContent({
        type: 'figure',
        content: [
          { type: 'image', attrs: { src: image.url, alt: image.alt, width: image.width, height: image.height, srcset: image.srcset || null, sizes: image.srcset ? '(max-width: 60rem) 100vw, 46rem' : null } },
          { type: 'figcaption', content: image.caption ? [{ type: 'text', text: image.caption }] : [] },
        ],
      }).run()
    },
  })
}

function enhance(textarea: HTMLTextAreaElement): void {
  const wrapper = document.createElement('div')
  wrapper.className = 'rich-editor'
  const toolbar = document.createElement('div')
  toolbar.className = 'rich-editor-toolbar'
  toolbar.setAttribute('role', 'toolbar')
  toolbar.setAttribute('aria-label', 'Định dạng nội dung')
  const surface = document.createElement('div')
  wrapper.append(toolbar, surface)
  textarea.after(wrapper)
  textarea.hidden = true

  const editor = new Editor({
    element: surface,
    // Its rules are in the site stylesheet: an injected <style> is inline style to the CSP.
    injectCSS: false,
    extensions: [StarterKit.configure({ link: { openOnClick: false, protocols: ['mailto'] } }), ResponsiveImage, Figure, Figcaption, TableKit],
    content: textarea.value,
    editorProps: {
      attributes: {
        class: 'rich-editor-surface article-body',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `l-${textarea.name}`,
      },
    },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.getHTML()
      textarea.dispatchEvent(new Event('input', { bubbles: true }))
    },
  })

  const buttons = BUTTONS.map((b) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = b.label
    if (b.shortcut) button.setAttribute('aria-keyshortcuts', b.shortcut.replace('Ctrl', 'Control'))
    button.addEventListener('click', () => b.run(editor))
    toolbar.append(button)
    return { button, b }
  })
  const refresh = () => {
    for (const { button, b } of buttons) if (b.isActive) button.setAttribute('aria-pressed', String(b.isActive(editor)))
  }
  editor.on('selectionUpdate', refresh)
  editor.on('transaction', refresh)
  refresh()
}

/**
 * Saves in the background every minute while the form changes, so a closed tab loses little. Each
 * save names the version the form was made from; when someone else saved meanwhile the server
 * refuses it (409) and shows both side by side, autosave stops, and the typed text stays in the form.
 */
function autosave(form: HTMLFormElement): void {
  const status = document.createElement('p')
  status.className = 'muted autosave-status'
  status.setAttribute('role', 'status')
  form.append(status)
  const version = form.querySelector<HTMLInputElement>('input[name=version]')
  let dirty = false
  let stopped = false
  // One save at a time: a save sent before the last one answered would carry the version the
  // last one replaced, and be refused as if someone else had saved.
  let saving = false
  form.addEventListener('input', () => (dirty = true))
  const timer = window.setInterval(async () => {
    if (!dirty || stopped || saving) return
    dirty = false
    saving = true
    const res = await fetch(form.action, {
      method: 'POST', body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>), headers: { accept: 'application/json' },
    }).catch(() => undefined)
    try {
      await answerAutosave(res)
    } finally {
      saving = false
    }
  }, Number(form.dataset.autosaveMs ?? 60_000))

  async function answerAutosave(res: Response | undefined): Promise<void> {
    const answer = await res?.json().catch(() => undefined) as { version?: number; outcome?: string; message?: string; conflictHtml?: string; error?: { message: string } } | undefined
    const time = new Date().toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Ho_Chi_Minh' })
    if (res?.ok && answer?.version !== undefined) {
      if (version) version.value = String(answer.version)
      // A change to an approved or published article went to review: say so, not just "saved".
      status.textContent = `Đã tự động lưu lúc ${time}.${answer.outcome && answer.outcome !== 'saved' && answer.message ? ` ${answer.message}` : ''}`
    } else if (res?.status === 409) {
      stopped = true
      window.clearInterval(timer)
      showConflict(form, answer?.conflictHtml)
      status.textContent = 'Chưa tự động lưu: bài đã có bản mới hơn. Nội dung của bạn vẫn còn trong các ô; xin xem phần khác nhau ở đầu trang.'
    } else {
      dirty = true
      status.textContent = answer?.error?.message ?? 'Chưa tự động lưu được: xin kiểm tra các ô và bấm Lưu.'
    }
  }
}

/** The server's own escaped markup (views/edit-conflict.view.ts), above the form. */
function showConflict(form: HTMLFormElement, markup: string | undefined): void {
  document.querySelector('.edit-conflict')?.remove()
  const holder = document.createElement('div')
  holder.innerHTML = markup ?? '<section class="edit-conflict form-error" role="alert"><p>Bài đã có bản mới hơn; bản của bạn chưa được lưu.</p></section>'
  form.before(...holder.childNodes)
}

/** Tells the server every 30 s that this editor is open, and shows who else has it open. */
function presence(banner: HTMLElement): void {
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

for (const textarea of document.querySelectorAll<HTMLTextAreaElement>('textarea.body-editor')) enhance(textarea)
const form = document.querySelector<HTMLFormElement>('form.article-form[data-autosave]')
if (form) autosave(form)
const banner = document.querySelector<HTMLElement>('#dang-mo[data-presence-url]')
if (banner) presence(banner)
