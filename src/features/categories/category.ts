export interface Category {
  id: number
  parentId: number | null
  slug: string
  name: string
  description: string
  position: number
  /** Top-level categories only: whether the main menu lists it. */
  inMenu: boolean
}
