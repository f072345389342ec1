// Runs in the newsroom's browser, bundled by editor-bundle.ts (as `soan-thao`, apart from the
// page's own script, editor-page.ts). It only improves the article form: without it, the body is
// a plain HTML text area and everything still works. Each edit is an input event on that text
// area, which the save state (save-state.ts) listens for.
import { Editor, Node } from '@tiptap/core'
import Image from '@tiptap/extension-image'
import { TableKit } from '@tiptap/extension-table'
import StarterKit from '@tiptap/starter-kit'
import { BODY_MEDIA_BUTTONS, BODY_MEDIA_NODES } from './body-media-nodes.ts'
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
  /** Reaches the media library (article.write): left out where the text area says data-text-only (the documents register's clerk). */
  media?: true
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
  { label: 'Ảnh', run: (e) => insertImage(e), media: true },
  // Galleries, uploaded videos and YouTube (body-media-nodes.ts).
  ...BODY_MEDIA_BUTTONS.map((b): ToolbarButton => ({ ...b, media: true })),
  { label: 'Hoàn tác', shortcut: 'Ctrl+Z', run: (e) => e.chain().focus().undo().run() },
]

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
    extensions: [StarterKit.configure({ link: { openOnClick: false, protocols: ['mailto'] } }), ResponsiveImage, Figure, Figcaption, TableKit, ...BODY_MEDIA_NODES],
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

  const textOnly = textarea.hasAttribute('data-text-only')
  const buttons = BUTTONS.filter((b) => !(textOnly && b.media)).map((b) => {
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

// In a task of its own, after the one that ran this file: the browser can paint and answer in
// between, rather than block for both at once (the editor's first render stays light).
window.setTimeout(() => {
  for (const textarea of document.querySelectorAll<HTMLTextAreaElement>('textarea.body-editor')) enhance(textarea)
}, 0)
