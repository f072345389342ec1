import type { ColumnType, Generated } from 'kysely'
import type { Instant } from '../../platform/db/schema.ts'

export interface ImportItemTable {
  source: string
  kind: string
  source_id: string
  target_id: number
  imported_at: Instant
}

export interface OldAddressTable {
  address: string
  head: string
  target_kind: string
  target_id: number | null
  target_path: ColumnType<string, string | undefined, string>
  source: string
  created_at: Instant
}

export interface ImportChangeTable {
  id: Generated<number>
  source: string
  items: number
  changed_at: Instant
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    import_items: ImportItemTable
    old_addresses: OldAddressTable
    import_changes: ImportChangeTable
  }
}
