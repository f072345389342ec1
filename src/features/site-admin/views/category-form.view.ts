import type { SafeHtml } from '../../../platform/views/html.ts'
import { adminFormView, checkboxField, inputField, positionField, selectField, textareaField, type FormState } from '../../admin-kit/index.ts'
import type { Category, CategoryTree } from '../../categories/index.ts'
import { ADMIN, SITE_ADMIN } from './admin-form.view.ts'

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
  const f = m.form
  return adminFormView({
    trail: [SITE_ADMIN, { label: 'Chuyên mục', href: `${ADMIN}/chuyen-muc` }],
    heading: m.category ? `Sửa chuyên mục “${m.category.name}”` : 'Thêm chuyên mục',
    action: `${ADMIN}/chuyen-muc${m.category ? `/${m.category.id}` : ''}`, className: 'form category-form', form: f, csrfToken: m.csrfToken,
    fields: [
      inputField(f, 'name', 'Tên chuyên mục', { required: true, maxlength: 150 }),
      selectField(f, 'parentId', 'Thuộc chuyên mục', parentOptions(m.tree, m.category)),
      inputField(f, 'slug', 'Đường dẫn', { maxlength: 200, hint: 'Để trống để tạo từ tên, ví dụ “Dân vận” thành dan-van. Đổi đường dẫn thì địa chỉ cũ của chuyên mục và các bài trong đó không còn dùng được.' }),
      positionField(f),
      textareaField(f, 'description', 'Mô tả', 500),
      checkboxField(f, 'inMenu', 'Hiện trên menu chính', { hint: 'Chỉ áp dụng cho chuyên mục cấp cao nhất.', onWhenNew: true }),
    ],
  })
}
