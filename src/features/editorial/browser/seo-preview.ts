import { belongsTo } from './csrf.ts'
import { shortened } from './seo-text.ts'

/**
 * Follows the form in the SEO preview (views/seo-preview.view.ts): the SEO title or else the
 * title, the SEO description or else the lead, the slug in the address, the lead image.
 */
export function followSeoPreview(form: HTMLFormElement, preview: HTMLElement): void {
  const value = (name: string) => {
    const control = form.elements.namedItem(name)
    return control instanceof RadioNodeList || control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control.value.trim() : ''
  }
  const urlElement = preview.querySelector<HTMLElement>('[data-seo=url]')
  const urlStart = urlElement?.textContent?.replace(/\/[^/]*$/, '') ?? ''

  const update = () => {
    const title = value('seoTitle') || value('title')
    const description = value('seoDescription') || value('lead')
    for (const el of preview.querySelectorAll<HTMLElement>('[data-seo=title]')) el.textContent = shortened(title, Number(el.dataset.max))
    for (const el of preview.querySelectorAll<HTMLElement>('[data-seo=description]')) el.textContent = shortened(description, Number(el.dataset.max))
    const slug = value('slug')
    if (urlElement && slug) urlElement.textContent = `${urlStart}/${slug}`
    showImage()
  }

  const showImage = () => {
    const chosen = form.querySelector<HTMLInputElement>('input[name=leadImageId]:checked')
      ?? document.querySelector<HTMLInputElement>(`input[name=leadImageId][form="${form.id}"]:checked`)
    const src = chosen?.closest('label')?.querySelector('img')?.getAttribute('src')
    const slot = preview.querySelector<HTMLElement>('[data-seo=image]')
    if (!slot || !src || (slot instanceof HTMLImageElement && slot.getAttribute('src') === src)) return
    const img = document.createElement('img')
    img.src = src
    img.alt = ''
    img.dataset.seo = 'image'
    slot.replaceWith(img)
  }

  document.addEventListener('input', (event) => {
    if (belongsTo(form, event.target)) update()
  })
}
