export { structureModule } from './structure.module.ts'
export type { Person, Unit, Translation } from './structure.ts'
export { personTranslation, unitTranslation } from './structure.ts'
export { listPeople, listUnits } from './structure.repository.ts'
