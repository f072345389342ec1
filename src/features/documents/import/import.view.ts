import { html, type SafeHtml } from '../../../platform/views/html.ts'
import { megabytes } from '../files/attach-file.ts'
import { IMPORT_COLUMNS } from './import-columns.ts'
import type { ImportPlan } from './import-plan.ts'
import { MAX_ZIP_BYTES } from './import-zip.ts'
import { MAX_IMPORT_ROWS } from './read-sheet.ts'

// The import's two pages: the upload form (the sheet and its ZIP), and the dry run that lists
// what will be created and every bad row, with "Nhập N văn bản" only when no row is bad.

export const IMPORT_PATH = '/toa-soan/van-ban/nhap'

const count = (n: number) => n.toLocaleString('vi-VN')

export function importFormView(m: { csrfToken: string; maxFileBytes: number; errors?: string[] }): SafeHtml {
  const columns = Object.values(IMPORT_COLUMNS)
  return html`<h1>Nhập văn bản từ bảng tính</h1>
${m.errors?.length ? html`<div class="form-error" role="alert" id="e-import"><p>Chưa nhập được bảng tính này:</p><ul>${m.errors.map((e) => html`<li>${e}</li>`)}</ul></div>` : ''}
<p>Bảng tính XLSX hoặc CSV (UTF-8), dòng 1 là tiêu đề các cột, mỗi dòng sau là một văn bản. Các cột:
${columns.map((c, i) => html`${i ? ', ' : ''}<strong>${c.label}</strong>${c.required ? '' : ' (không bắt buộc)'}`)}.
Tên cột viết có dấu hay không dấu, hoa hay thường đều được. Ngày ghi ngày/tháng/năm (15/01/2021) hoặc là ô ngày của Excel.
Cột Tệp ghi tên các tệp trong tệp ZIP, cách nhau bằng dấu chấm phẩy.</p>
<p>Hệ thống sẽ cho xem trước những gì sẽ được tạo và các dòng có lỗi; chưa có gì được nhập cho tới khi bạn bấm xác nhận.</p>
<form method="post" action="${IMPORT_PATH}" enctype="multipart/form-data" class="form upload-form import-form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<p class="field"><label for="f-sheet">Bảng tính (XLSX hoặc CSV)</label><br>
<input id="f-sheet" name="sheet" type="file" required accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"${m.errors?.length ? html` aria-invalid="true" aria-describedby="e-import"` : ''}>
<br><span class="muted">Tối đa ${count(MAX_IMPORT_ROWS)} văn bản một lần.</span></p>
<p class="field"><label for="f-zip">Tệp ZIP chứa các tệp đính kèm (không bắt buộc)</label><br>
<input id="f-zip" name="zip" type="file" accept=".zip,application/zip">
<br><span class="muted">Tệp ZIP tối đa ${count(megabytes(MAX_ZIP_BYTES))} MB; mỗi tệp trong đó tối đa ${count(megabytes(m.maxFileBytes))} MB.</span></p>
<p><button type="submit">Xem trước</button></p>
</form>`
}

export interface DryRunModel {
  plan: ImportPlan
  sheetName: string
  zipName: string | null
  token: string
  csrfToken: string
  mayPublish: boolean
  /** The real import failed and was undone: said above the same dry run. */
  failure?: string
}

export function dryRunView(m: DryRunModel): SafeHtml {
  const { documents, problems, warnings } = m.plan
  const ready = problems.length === 0 && documents.length > 0
  return html`<h1>Xem trước: nhập văn bản từ bảng tính</h1>
<p>Bảng tính “${m.sheetName}”${m.zipName ? html`, tệp ZIP “${m.zipName}”` : ''}: ${count(documents.length + problems.length)} dòng văn bản.</p>
${m.failure ? html`<p class="form-error" role="alert">${m.failure}</p>` : ''}
${problems.length ? html`<div class="form-error" role="alert"><p>Có ${count(problems.length)} dòng lỗi nên chưa nhập văn bản nào. Xin sửa bảng tính rồi tải lên lại.</p></div>
<table class="article-list-table import-problems">
<caption>Các dòng có lỗi</caption>
<thead><tr><th scope="col">Dòng</th><th scope="col">Lý do</th></tr></thead>
<tbody>${problems.map((p) => html`<tr data-row="${p.row}"><td>${p.row}</td><td>${p.reasons.length === 1 ? p.reasons[0] : html`<ul>${p.reasons.map((r) => html`<li>${r}</li>`)}</ul>`}</td></tr>`)}</tbody>
</table>` : ''}
${warnings.length ? html`<div class="notice" role="status"><p>Lưu ý:</p><ul>${warnings.map((w) => html`<li>${w}</li>`)}</ul></div>` : ''}
${documents.length ? html`<table class="article-list-table import-documents">
<caption>${ready ? `${count(documents.length)} văn bản sẽ được tạo` : `${count(documents.length)} dòng hợp lệ`}</caption>
<thead><tr><th scope="col">Dòng</th><th scope="col">Loại</th><th scope="col">Số, ký hiệu</th><th scope="col">Trích yếu</th><th scope="col">Tệp</th></tr></thead>
<tbody>${documents.map((d) => html`<tr data-row="${d.row}"><td>${d.row}</td><td>${d.kindName}</td><td>${d.number}</td><td>${d.summary}</td><td>${d.files.map((f, i) => html`${i ? '; ' : ''}${f.name}`)}</td></tr>`)}</tbody>
</table>` : ''}
${ready ? html`<form method="post" action="${IMPORT_PATH}/xac-nhan" class="form">
<input type="hidden" name="_csrf" value="${m.csrfToken}">
<input type="hidden" name="token" value="${m.token}">
${m.mayPublish ? html`<p class="field"><label class="choice"><input type="checkbox" name="dangNgay" value="1"> Đăng ngay</label>
<br><span class="muted">Không chọn thì các văn bản được nhập thành bản nháp.</span></p>` : html`<p class="muted">Các văn bản được nhập thành bản nháp; người có quyền đăng văn bản sẽ đăng.</p>`}
<p><button type="submit">Nhập ${count(documents.length)} văn bản</button></p>
</form>` : ''}
<p><a href="${IMPORT_PATH}">Tải lên bảng tính khác</a></p>`
}

export function importDoneView(m: { count: number; published: boolean }): SafeHtml {
  return html`<h1>Đã nhập văn bản</h1>
<p class="notice" role="status">Đã nhập ${count(m.count)} văn bản${m.published ? ' và đăng ngay' : ' thành bản nháp'}.</p>
<p><a class="button button-primary" href="/toa-soan/van-ban">Về danh sách văn bản</a> <a class="button button-secondary" href="${IMPORT_PATH}">Nhập bảng tính khác</a></p>`
}
