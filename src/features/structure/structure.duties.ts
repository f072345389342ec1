import type { DutyCheck, DutyItem } from '../../platform/compliance/index.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NEWSROOM_PATH, VIETNAMESE_PATHS } from './paths.ts'
import { listPeople, listUnits } from './structure.repository.ts'
import { structureTranslations } from './structure.translations.ts'

// Decree 42/2022: the structure, functions and contacts published (Art. 4), and in English,
// no older than the Vietnamese (Art. 7). Judged from what the public pages show: active units
// and the people in them.

/** The things behind a finding that the page lists by name; the rest are counted. */
const LISTED = 5

export function structureDuties(db: Db): DutyCheck[] {
  const read = async () => {
    const [units, people] = await Promise.all([listUnits(db), listPeople(db)])
    const active = units.filter((u) => u.status === 'active')
    return { units: active, people: people.filter((p) => active.some((u) => u.id === p.unitId)) }
  }
  return [
    {
      duty: 'structure-published',
      async check() {
        const { units, people } = await read()
        if (units.length === 0 || people.length === 0) {
          return { state: 'not_met', detail: units.length === 0 ? 'Chưa có đơn vị nào trong cơ cấu tổ chức.' : 'Chưa có cán bộ đầu mối nào (họ tên, chức vụ, điện thoại, thư điện tử).', href: NEWSROOM_PATH }
        }
        // The organisation itself (the top units) must give its address, phone and e-mail.
        const withoutContacts = units.filter((u) => u.parentId === null && (!u.address || !u.phone || !u.email))
        const withoutFunctions = units.filter((u) => u.parentId === null && !u.functionsHtml)
        const unreachable = people.filter((p) => p.isLeader && !p.phone && !p.email)
        const items: DutyItem[] = [
          ...withoutContacts.map((u) => ({ label: `${u.name}: thiếu địa chỉ, điện thoại hoặc thư điện tử`, href: `${NEWSROOM_PATH}/don-vi/${u.id}` })),
          ...withoutFunctions.map((u) => ({ label: `${u.name}: chưa có chức năng, nhiệm vụ`, href: `${NEWSROOM_PATH}/don-vi/${u.id}` })),
          ...unreachable.map((p) => ({ label: `${p.name} (${p.title}): chưa có điện thoại, thư điện tử`, href: `${NEWSROOM_PATH}/nguoi/${p.id}` })),
        ]
        const published = `${units.length} đơn vị, ${people.length} cán bộ công bố tại ${VIETNAMESE_PATHS.chart}`
        if (withoutContacts.length || withoutFunctions.length) return { state: 'not_met', detail: `${published}; cơ quan còn thiếu thông tin bắt buộc.`, href: NEWSROOM_PATH, items: items.slice(0, LISTED) }
        const spokesperson = people.some((p) => p.isSpokesperson)
        if (unreachable.length || !spokesperson) {
          return { state: 'warning', detail: `${published}; ${spokesperson ? '' : 'chưa đánh dấu người phát ngôn; '}${unreachable.length} lãnh đạo chưa có cách liên hệ.`, href: NEWSROOM_PATH, items: items.slice(0, LISTED) }
        }
        return { state: 'met', detail: `${published}, có địa chỉ, điện thoại, thư điện tử và người phát ngôn.`, href: VIETNAMESE_PATHS.chart }
      },
    },
    {
      duty: 'structure-english',
      async check() {
        // The same items as the newsroom's translation status page lists.
        const { units, people, items } = await structureTranslations(db)
        const lacking = items.filter((t) => t.state !== 'current')
        if (units === 0) return { state: 'not_met', detail: 'Chưa có cơ cấu tổ chức để dịch.', href: NEWSROOM_PATH }
        if (lacking.length === 0) return { state: 'met', detail: `Cả ${units} đơn vị và ${people} cán bộ có bản tiếng Anh mới như bản tiếng Việt.`, href: VIETNAMESE_PATHS.other.chart }
        const missing = lacking.filter((t) => t.state === 'missing').length
        return {
          state: 'not_met', href: NEWSROOM_PATH,
          detail: [missing ? `${missing} mục chưa có bản tiếng Anh` : '', lacking.length - missing ? `${lacking.length - missing} mục có bản tiếng Anh cũ hơn bản tiếng Việt` : ''].filter(Boolean).join(', ') + '.',
          items: lacking.slice(0, LISTED).map((t) => ({ label: `${t.state === 'missing' ? 'Cần dịch' : 'Bản tiếng Anh cũ hơn'}: ${t.title}`, href: t.href })),
        }
      },
    },
  ]
}
