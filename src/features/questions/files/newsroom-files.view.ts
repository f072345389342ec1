import { createLocale } from '../../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { fileSizeText, type QuestionFile } from './question-file.ts'

const vietnamese = createLocale('vi')

/** The case's attachments: for those who may see the asker's details, with the choice to publish each with the answer. */
export function caseFilesView(m: { questionId: number; files: QuestionFile[]; hidden: boolean; csrfToken: string }): SafeHtml {
  if (m.files.length === 0) return html``
  if (m.hidden) return html`<h2>Tệp đính kèm</h2><p class="contact-hidden">Người hỏi có gửi tệp đính kèm; chỉ người được phân công xử lý và lãnh đạo duyệt xem được.</p>`
  const base = `/toa-soan/hoi-dap/${m.questionId}/tep`
  return html`<h2>Tệp đính kèm</h2>
<p class="muted">Chỉ tòa soạn xem được, trừ khi người trả lời chọn công bố cùng trả lời.</p>
<ul class="question-files">${m.files.map((f) => html`<li><a href="${base}/${f.id}">${f.fileName}</a> (${fileSizeText(f.bytes, vietnamese)})
${f.isPublic ? html`<strong class="badge">Công bố cùng trả lời</strong>` : ''}
<form method="post" action="${base}/${f.id}/cong-bo" class="inline-form"><input type="hidden" name="_csrf" value="${m.csrfToken}">
<input type="hidden" name="public" value="${f.isPublic ? '0' : '1'}"><button type="submit">${f.isPublic ? 'Thôi công bố' : 'Công bố cùng trả lời'}</button></form></li>`)}</ul>`
}
