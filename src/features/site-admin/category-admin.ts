import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import {
  categorySlugTaken, categoryUsage, deleteCategory, keepFormerPaths, insertCategory, reservedSlugProblem, setCategoryPositions, updateCategory,
  type Category, type CategoryTree, type ReservedPrefixes,
} from '../categories/index.ts'
import { announcedChanges, FormCheck, moveWithin, nextPosition, StillInUseError, type Actor, type Direction, type FormValues } from '../admin-kit/index.ts'
import type { SiteAdminDeps } from './site-admin-kit.ts'

export const CATEGORY_FIELDS = ['name', 'parentId', 'slug', 'position', 'description', 'inMenu'] as const

// The public router follows at most this many segments (category path plus the article).
const MAX_DEPTH = 7

export interface CategoryInput {
  name: string
  parentId: number | null
  slug: string
  description: string
  /** A checkbox: present means on the main menu (it matters for top-level categories only). */
  inMenu: boolean
  /** Undefined: after its siblings (or where it was, when its parent stays the same). */
  position: number | undefined
}

/** `reserved`: the modules' public prefixes (the first segments of the portal's own addresses). */
export function parseCategoryForm(values: FormValues, tree: CategoryTree, reserved: ReservedPrefixes, editing?: Category): CategoryInput {
  const check = new FormCheck(values)
  const name = check.text('name', 'tên chuyên mục', 150, { required: true })
  const description = check.text('description', 'mô tả', 500)
  let parentId: number | null = null
  if (values.parentId) {
    const parent = /^\d{1,9}$/.test(values.parentId) ? tree.find(Number(values.parentId)) : undefined
    if (!parent) check.fail('parentId', 'Xin chọn chuyên mục cha trong danh sách.')
    else if (editing && tree.lineage(parent.id).some((c) => c.id === editing.id)) check.fail('parentId', 'Không thể đặt chuyên mục vào dưới chính nó hoặc chuyên mục con của nó.')
    else if (tree.lineage(parent.id).length + height(tree, editing?.id) > MAX_DEPTH) check.fail('parentId', `Cây chuyên mục có tối đa ${MAX_DEPTH} cấp.`)
    else parentId = parent.id
  }
  const typedSlug = check.text('slug', 'đường dẫn', 200)
  const slug = slugify(typedSlug || name, 80)
  if (typedSlug && !slug) check.fail('slug', 'Đường dẫn phải có chữ hoặc số.')
  else if (name && !slug) check.fail('slug', 'Không tạo được đường dẫn từ tên này, xin nhập đường dẫn.')
  // Only a top-level category takes a first path segment: "Văn bản" under "Tin tức" lives at
  // /tin-tuc/van-ban and leaves /van-ban to its module. One held since before the module keeps it.
  else if (parentId === null && reservedSlugProblem(slug, reserved) && !(editing && editing.slug === slug && editing.parentId === null)) check.fail('slug', reservedSlugProblem(slug, reserved)!)
  const position = check.position()
  check.done()
  return { name, parentId, slug, description, position, inMenu: values.inMenu !== '' }
}

function height(tree: CategoryTree, id: number | undefined): number {
  if (id === undefined) return 1
  return 1 + Math.max(0, ...tree.childrenOf(id).map((c) => height(tree, c.id)))
}

const siblingsOf = (tree: CategoryTree, parentId: number | null) => (parentId === null ? tree.roots() : tree.childrenOf(parentId))

async function ensureSlugFree(db: SiteAdminDeps['db'], slug: string, exceptId?: number): Promise<void> {
  if (await categorySlugTaken(db, slug, exceptId)) throw new ValidationError({ slug: `Đường dẫn “${slug}” đã có chuyên mục khác dùng, xin chọn đường dẫn khác.` })
}

/** The administrator's changes to the category tree; each announced once committed. */
export class CategoryAdmin {
  readonly #change

  constructor(private readonly deps: SiteAdminDeps) {
    this.#change = announcedChanges(deps, 'category.changed', (audit) => ({ categoryId: Number(audit.itemId) }))
  }

  async create(actor: Actor, input: CategoryInput): Promise<number> {
    const position = input.position ?? nextPosition(siblingsOf(await this.deps.categories.tree(), input.parentId))
    const audit = await this.#change(actor, async (trx, now) => {
      await ensureSlugFree(trx, input.slug)
      const id = await insertCategory(trx, { ...input, position }, now)
      return { action: 'category.create', itemType: 'category', itemId: id, details: { name: input.name, slug: input.slug, parentId: input.parentId } }
    })
    return Number(audit.itemId)
  }

  async update(actor: Actor, before: Category, input: CategoryInput): Promise<void> {
    const tree = await this.deps.categories.tree()
    const position = input.position ?? (input.parentId === before.parentId ? before.position : nextPosition(siblingsOf(tree, input.parentId)))
    await this.#change(actor, async (trx, now) => {
      await ensureSlugFree(trx, input.slug, before.id)
      if (!(await updateCategory(trx, before.id, { ...input, position }, now))) throw new NotFoundError()
      if (input.slug !== before.slug || input.parentId !== before.parentId) {
        await keepFormerPaths(trx, tree.subtreeIds(before.id).map((id) => ({ path: tree.url(id), categoryId: id })), now)
      }
      const was = { name: before.name, slug: before.slug, parentId: before.parentId }
      return { action: 'category.update', itemType: 'category', itemId: before.id, details: { before: was, after: { name: input.name, slug: input.slug, parentId: input.parentId } } }
    })
  }

  async move(actor: Actor, category: Category, direction: Direction): Promise<void> {
    const order = moveWithin(siblingsOf(await this.deps.categories.tree(), category.parentId).map((c) => c.id), category.id, direction)
    if (!order) throw new NotFoundError()
    await this.#change(actor, async (trx, now) => {
      await setCategoryPositions(trx, order, now)
      return { action: 'category.move', itemType: 'category', itemId: category.id, details: { direction } }
    })
  }

  async remove(actor: Actor, category: Category): Promise<void> {
    await this.#change(actor, async (trx) => {
      const usage = await categoryUsage(trx, category.id)
      const reasons = [
        usage.subcategories > 0 ? `${usage.subcategories} chuyên mục con` : '',
        usage.articles > 0 ? `${usage.articles} bài viết` : '',
        usage.users > 0 ? `${usage.users} người dùng được phân quyền riêng ở chuyên mục này` : '',
      ].filter(Boolean)
      if (reasons.length > 0) {
        throw new StillInUseError(`Không thể xóa chuyên mục “${category.name}” vì còn ${reasons.join(', ')}. Xin chuyển hoặc xóa chúng trước.`)
      }
      if (!(await deleteCategory(trx, category.id))) throw new NotFoundError()
      return { action: 'category.delete', itemType: 'category', itemId: category.id, details: { name: category.name, slug: category.slug } }
    })
  }
}
