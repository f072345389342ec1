// The editor page's own script (bundled by editor-bundle.ts as `bien-tap`, a few KB): the save
// state and autosave, Ctrl+S, the warning before leaving, the confirmation of destructive
// actions, the lead image's upload, the SEO preview and who else has the article open. The
// rich-text editor is another file (rich-editor.ts, `soan-thao`). Without either, the page is
// a plain form that works.
import { confirmDestructiveActions } from './confirm-actions.ts'
import { belongsTo } from './csrf.ts'
import { enhanceLeadImagePicker } from './lead-image-picker.ts'
import { presence } from './presence.ts'
import { keepSaved, warnBeforeLeaving } from './save-state.ts'
import { followSeoPreview } from './seo-preview.ts'

const form = document.querySelector<HTMLFormElement>('form.article-form')
const state = document.querySelector<HTMLElement>('[data-save-state]')
if (form && state && form.hasAttribute('data-autosave')) keepSaved(form, state)
else if (form) newArticle(form)

confirmDestructiveActions(document)
const picker = document.querySelector<HTMLFieldSetElement>('fieldset.lead-image-picker')
if (picker) enhanceLeadImagePicker(picker)
const preview = document.querySelector<HTMLElement>('[data-seo-preview]')
if (form && preview) followSeoPreview(form, preview)
const banner = document.querySelector<HTMLElement>('#dang-mo[data-presence-url]')
if (banner) presence(banner)

/** An article not saved yet has no address to autosave to: Ctrl+S saves it as "Lưu" does. */
function newArticle(articleForm: HTMLFormElement): void {
  let typed = false
  document.addEventListener('input', (event) => {
    if (belongsTo(articleForm, event.target)) typed = true
  })
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault()
      articleForm.requestSubmit()
    }
  })
  warnBeforeLeaving(articleForm, () => typed)
}
