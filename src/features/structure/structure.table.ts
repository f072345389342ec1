import type { ColumnType, Generated } from 'kysely'

type Instant = ColumnType<string | Date, string, string>
type Defaulted<T> = ColumnType<T, T | undefined, T>

export interface OrgUnitTable {
  id: Generated<number>
  parent_id: number | null
  kind: string
  name: string
  functions_html: Defaulted<string>
  address: Defaulted<string>
  phone: Defaulted<string>
  fax: Defaulted<string>
  email: Defaulted<string>
  hotline: Defaulted<string>
  position: Defaulted<number>
  name_en: Defaulted<string>
  functions_en_html: Defaulted<string>
  status: Defaulted<string>
  started_on: string | null
  ended_on: string | null
  merged_into_id: number | null
  vi_changed_at: Instant
  en_changed_at: ColumnType<string | Date | null, string | null | undefined, string | null>
  created_at: Instant
  updated_at: Instant
}

export interface OrgUnitEventTable {
  id: Generated<number>
  unit_id: number
  kind: string
  on_date: string
  name_before: Defaulted<string>
  name_after: Defaulted<string>
  other_unit_id: number | null
  other_unit_name: Defaulted<string>
  recorded_at: Instant
}

export interface OrgPersonTable {
  id: Generated<number>
  unit_id: number
  name: string
  title: string
  title_en: Defaulted<string>
  phone: Defaulted<string>
  email: Defaulted<string>
  photo_media_id: number | null
  position: Defaulted<number>
  is_leader: Defaulted<number>
  is_spokesperson: Defaulted<number>
  vi_changed_at: Instant
  en_changed_at: ColumnType<string | Date | null, string | null | undefined, string | null>
  created_at: Instant
  updated_at: Instant
}

export interface OrgPersonPostTable {
  id: Generated<number>
  person_id: number
  title: string
  unit_id: number
  unit_name: string
  from_on: string
  until_on: string | null
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    org_units: OrgUnitTable
    org_unit_events: OrgUnitEventTable
    org_people: OrgPersonTable
    org_person_posts: OrgPersonPostTable
  }
}
