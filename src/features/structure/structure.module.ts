import * as structure from '../../migrations/20261208-0701-structure.ts'
import { namesFrom } from '../../platform/audit-words.ts'
import { phrase } from '../../platform/i18n/index.ts'
import type { PortalModule } from '../../platform/module.ts'
import type { CaseUnits } from '../cases/index.ts'
import { structureMessages } from './messages.ts'
import { structureNewsroomRoutes } from './newsroom.routes.ts'
import { NEWSROOM_PATH, STRUCTURE_TAG } from './paths.ts'
import { structureRoutes } from './public.routes.ts'
import { seedStructureDemo } from './structure-demo.ts'
import { structureDuties } from './structure.duties.ts'
import { structureTranslationSource } from './structure.translations.ts'
import { STRUCTURE_STYLES } from './structure.styles.ts'
import { listUnits } from './structure.repository.ts'
import './structure.table.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    /** Change the organisation's units and people, their English versions and history. */
    'structure.edit': true
  }
}

declare module '../../platform/events.ts' {
  interface NewsroomEvents {
    /** A unit or a person changed: every structure page, the directory and the vCards are purged. */
    'structure.changed': Record<string, never>
  }
}

// Cơ cấu tổ chức (issue 16): the units and contact officials Decree 42/2022 Art. 4 asks a state
// portal to publish, with their English versions (Art. 7), at /co-cau-to-chuc and /en/organisation.
export const structureModule: PortalModule = {
  name: 'structure',
  title: 'Cơ cấu tổ chức',
  messages: [structureMessages],
  migrations: { '20261208-0701-structure': structure },
  readerStyles: STRUCTURE_STYLES,
  publicPrefixes: ['co-cau-to-chuc'],
  menuLinks: [{ label: phrase(structureMessages, 'heading'), href: { vi: '/co-cau-to-chuc', en: '/en/organisation' }, order: 20 }],
  // Least privilege: who speaks for the organisation is the administrator's to publish.
  rights: { 'structure.edit': { roles: ['administrator'] } },
  relayed: ['structure.changed'],
  purges: { 'structure.changed': () => [STRUCTURE_TAG] },
  nav: [{ label: 'Cơ cấu tổ chức', href: NEWSROOM_PATH, right: 'structure.edit' }],
  audit: {
    actions: {
      'org-unit.create': 'thêm đơn vị', 'org-unit.update': 'sửa đơn vị', 'org-unit.delete': 'xóa đơn vị',
      'org-unit.rename': 'đổi tên đơn vị', 'org-unit.merge': 'sáp nhập đơn vị', 'org-unit.dissolve': 'giải thể đơn vị',
      'org-person.create': 'thêm cán bộ', 'org-person.update': 'sửa thông tin cán bộ', 'org-person.delete': 'xóa cán bộ',
    },
    names: { 'org-unit': namesFrom('org_units', 'name'), 'org-person': namesFrom('org_people', 'name') },
  },
  seedDemo: ({ db, now }) => seedStructureDemo(db, now),
  compliance: ({ db }) => structureDuties(db),
  // The units citizens' questions may be given to: those still working (not merged or dissolved).
  contributes: ({ db }) => ({ translations: [structureTranslationSource(db)], caseUnits: [activeUnits(db)] }),
  publicRoutes: ({ db, services, responder, config }) => structureRoutes({ db, chrome: services.chrome, responder, publicUrl: config.publicUrl, mediaPublicUrl: config.mediaPublicUrl }),
  newsroomRoutes: ({ db, clock, events }) => structureNewsroomRoutes({ db, clock, events }),
}

function activeUnits(db: Parameters<typeof listUnits>[0]): CaseUnits {
  return { active: async () => (await listUnits(db)).filter((u) => u.status === 'active').map((u) => ({ id: u.id, name: u.name })) }
}
