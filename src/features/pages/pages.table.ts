import type { ColumnType, Generated } from 'kysely'

type Instant = ColumnType<string | Date, string | Date, string | Date>
type Defaulted<T> = ColumnType<T, T | undefined, T>

export interface PageTable {
  id: Generated<number>
  parent_id: number | null
  slug: string
  slug_en: Defaulted<string>
  position: Defaulted<number>
  status: Defaulted<string>
  live_revision_id: number | null
  published_at: ColumnType<string | Date | null, string | Date | null | undefined, string | Date | null>
  created_at: Instant
  updated_at: Instant
}

export interface PageRevisionTable {
  id: Generated<number>
  page_id: number
  title: string
  body_html: string
  title_en: Defaulted<string>
  body_en_html: Defaulted<string>
  saved_by: number | null
  saved_at: Instant
  restored_from: number | null
}

export interface MenuTable {
  name: string
  lang: string
  saved_at: Instant
}

export interface MenuItemTable {
  id: Generated<number>
  menu: string
  lang: string
  parent_id: number | null
  position: Defaulted<number>
  kind: string
  target: string
  label: Defaulted<string>
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    pages: PageTable
    page_revisions: PageRevisionTable
    menus: MenuTable
    menu_items: MenuItemTable
  }
}
