import type { Db } from '../../platform/db/connect.ts'
import type { TranslationItem, TranslationSource } from '../../platform/translations/index.ts'
import { NEWSROOM_PATH } from './paths.ts'
import { listPeople, listUnits } from './structure.repository.ts'
import { personTranslation, unitTranslation } from './structure.ts'

// Decree 42/2022 Art. 7: the structure, the units' functions and the contact officials in English.
// What the public pages show counts: active units and the people in them. The translation status
// page and the compliance duty "structure-english" read the same items.

export interface StructureTranslations {
  units: number
  people: number
  items: TranslationItem[]
}

export async function structureTranslations(db: Db): Promise<StructureTranslations> {
  const [units, people] = await Promise.all([listUnits(db), listPeople(db)])
  const active = units.filter((u) => u.status === 'active')
  const shown = people.filter((p) => active.some((u) => u.id === p.unitId))
  return {
    units: active.length,
    people: shown.length,
    items: [
      ...active.map((u) => ({ state: unitTranslation(u), title: `Đơn vị ${u.name}`, href: `${NEWSROOM_PATH}/don-vi/${u.id}` })),
      ...shown.map((p) => ({ state: personTranslation(p), title: `${p.name} – ${p.title}`, href: `${NEWSROOM_PATH}/nguoi/${p.id}` })),
    ],
  }
}

export function structureTranslationSource(db: Db): TranslationSource {
  return { label: 'Cơ cấu tổ chức và liên hệ', items: async () => (await structureTranslations(db)).items }
}
