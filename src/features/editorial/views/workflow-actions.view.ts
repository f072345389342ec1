import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { EditorialArticle } from '../draft.ts'
import { TRANSITION_LABELS, type Transition } from '../workflow.ts'
import { described, field } from './editor-field.view.ts'

/** What readers lose: these take a live article off the site, so they ask first. */
export const DESTRUCTIVE: ReadonlySet<Transition> = new Set(['unpublish', 'expire'])
const PRIMARY: ReadonlySet<Transition> = new Set(['submit', 'approve', 'publish'])

const CONSEQUENCES: Partial<Record<Transition, string>> = {
  unpublish: 'Bạn đọc sẽ không còn thấy bài này trên trang cho đến khi bài được xuất bản lại.',
  expire: 'Bài hết hạn ngay bây giờ: bạn đọc sẽ không còn thấy bài này trên trang.',
}

export const CONFIRM_TITLES: Partial<Record<Transition, string>> = { unpublish: 'Gỡ bài này?', expire: 'Cho bài này hết hạn?' }

function buttonClass(t: Transition): string {
  return DESTRUCTIVE.has(t) ? 'button-danger' : PRIMARY.has(t) ? 'button-primary' : 'button-secondary'
}

/**
 * The workflow's buttons, each its own form. A destructive one first asks: without JavaScript
 * its button opens a confirmation page (a GET of the same address); with it, the same question
 * in a dialog (rendered here, closed, so the script only opens it).
 */
export function workflowActionsView(article: EditorialArticle, transitions: Transition[], csrfToken: string, e: Record<string, string>): SafeHtml {
  const action = `/toa-soan/bai-viet/${article.id}/chuyen`
  const ordered = [...transitions.filter((t) => !DESTRUCTIVE.has(t)), ...transitions.filter((t) => DESTRUCTIVE.has(t))]
  return html`<div class="workflow-actions">${ordered.map((t) => DESTRUCTIVE.has(t)
    ? html`<form method="get" action="${action}" class="transition" data-confirm="xac-nhan-${t}">
<input type="hidden" name="buoc" value="${t}">
<button type="submit" class="${buttonClass(t)}">${TRANSITION_LABELS[t]}</button>
</form>
<dialog id="xac-nhan-${t}" class="confirm-dialog" aria-labelledby="xac-nhan-${t}-tieu-de">${confirmTransitionView(article, t, csrfToken, true)}</dialog>`
    : html`<form method="post" action="${action}" class="transition">
<input type="hidden" name="_csrf" value="${csrfToken}">
<input type="hidden" name="transition" value="${t}">
${t === 'return' ? field('reason', 'Lý do trả lại', html`<textarea id="f-reason" name="reason" rows="2" required${described('reason', e)}></textarea>`, e) : ''}
${t === 'schedule' ? field('publishAt', 'Xuất bản lúc (giờ Việt Nam)', html`<input id="f-publishAt" name="publishAt" type="datetime-local" required${described('publishAt', e)}>`, e) : ''}
<button type="submit" class="${buttonClass(t)}">${TRANSITION_LABELS[t]}</button>
</form>`)}</div>`
}

/** The question and the real (POST) form: in the dialog, or as a page of its own without JavaScript. */
export function confirmTransitionView(article: Pick<EditorialArticle, 'id' | 'title'>, t: Transition, csrfToken: string, inDialog: boolean, back?: string): SafeHtml {
  const heading = CONFIRM_TITLES[t] ?? TRANSITION_LABELS[t]
  return html`${inDialog ? html`<h2 id="xac-nhan-${t}-tieu-de">${heading}</h2>` : html`<h1>${heading}</h1>`}
<p><strong>${article.title}</strong></p>
<p>${CONSEQUENCES[t] ?? ''}</p>
<div class="confirm-actions">
<form method="post" action="/toa-soan/bai-viet/${article.id}/chuyen">
<input type="hidden" name="_csrf" value="${csrfToken}">
<input type="hidden" name="transition" value="${t}">
${back ? html`<input type="hidden" name="tro-lai" value="${back}">` : ''}
<button type="submit" class="button-danger">${TRANSITION_LABELS[t]}</button>
</form>
${inDialog ? html`<form method="dialog"><button type="submit" class="button-secondary" autofocus>Hủy</button></form>` : back ? html`<a class="button-secondary" href="${back}">Quay lại danh sách</a>` : html`<a class="button-secondary" href="/toa-soan/bai-viet/${article.id}">Quay lại bài viết</a>`}
</div>`
}
