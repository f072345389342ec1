import { html, type SafeHtml } from '../../../platform/views/html.ts'
import type { Category, CategoryTree } from '../../categories/index.ts'
import { ADMIN, csrfField, errorSummary, inputField, selectField, textareaField, type FormState } from './admin-form.view.ts'

export interface CategoryFormModel {
  /** Undefined: a new category. */
  category?: Category
  form: FormState
  tree: CategoryTree
  csrfToken: string
}

/** Every category but the one edited and those under it: where it may go. */
function parentOptions(tree: CategoryTree, editing: Category | undefined): { value: string; label: string }[] {
  const out = [{ value: '', label: '— Chuyên mục gốc (trên trình đơn chính) —' }]
  const walk = (categories: Category[], depth: number) => {
    for (const c of categories) {
      if (c.id === editing?.id) continue
      out.push({ value: String(c.id), label: `${'— '.repeat(depth)}${c.name}` })
      walk(tree.childrenOf(c.id), depth + 1)
    }
  }
  walk(tree.roots(), 0)
  return out
}

export function categoryFormView(m: CategoryFormModel): SafeHtml {
  const title = m.category ? `Sửa chuyên mục “${m.category.name}”` : 'Thêm chuyên mục'
  const f = m.form
  return html`<p><a href="${ADMIN}">Quản trị</a> › <a href="${ADMIN}/chuyen-muc">Chuyên mục</a></p>
<h1>${title}</h1>
${errorSummary(f)}
<form method="post" action="${ADMIN}/chuyen-muc${m.category ? `/${m.category.id}` : ''}" class="form category-form">
${csrfField(m.csrfToken)}
${inputField(f, 'name', 'Tên chuyên mục', { required: true, maxlength: 150 })}
${selectField(f, 'parentId', 'Thuộc chuyên mục', parentOptions(m.tree, m.category))}
${inputField(f, 'slug', 'Đường dẫn', { maxlength: 200, hint: 'Để trống để tạo từ tên, ví dụ “Dân vận” thành dan-van. Đổi đường dẫn thì địa chỉ cũ của chuyên mục và các bài trong đó không còn dùng được.' })}
${inputField(f, 'position', 'Thứ tự', { maxlength: 4, inputmode: 'numeric', hint: 'Số nhỏ đứng trước; để trống để giữ nguyên hoặc xếp cuối.' })}
${textareaField(f, 'description', 'Mô tả', 500)}
<p class="field"><label><input type="checkbox" name="inMenu" value="1"${f.values.inMenu !== '' ? html` checked` : ''}> Hiện trên menu chính</label><br><small class="muted">Chỉ áp dụng cho chuyên mục cấp cao nhất.</small></p>
<p><button type="submit">Lưu</button> <a href="${ADMIN}/chuyen-muc">Hủy</a></p>
</form>`
}
