export interface Category {
  id: number
  parentId: number | null
  slug: string
  name: string
  description: string
  position: number
}
