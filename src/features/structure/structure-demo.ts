import type { Db } from '../../platform/db/connect.ts'
import { countUnits, endUnit, findUnit, insertPerson, insertUnit } from './structure.repository.ts'
import type { PersonInput, UnitInput } from './structure.ts'

// A provincial Ban Dân vận, as the demo portal's organisation: its leadership, office and
// departments, a spokesperson and a hotline, English for most (not all: the newsroom then has
// something to show under "Cần dịch"), and one department merged in 2025 with its history.

const unit = (u: Partial<UnitInput> & Pick<UnitInput, 'kind' | 'name'>): UnitInput => ({
  parentId: null, functionsHtml: '', address: '', phone: '', fax: '', email: '', hotline: '', position: undefined, nameEn: '', functionsEnHtml: '', startedOn: null, ...u,
})

export async function seedStructureDemo(db: Db, now: Date): Promise<boolean> {
  if (await countUnits(db) > 0) return false
  const root = await insertUnit(db, unit({
    kind: 'co-quan', name: 'Ban Dân vận Tỉnh ủy', nameEn: 'Provincial Party Committee\'s Mass Mobilisation Commission',
    functionsHtml: '<p>Cơ quan tham mưu, giúp việc của Tỉnh ủy về công tác dân vận; trực tiếp là Ban Thường vụ, Thường trực Tỉnh ủy.</p><ul><li>Nghiên cứu, đề xuất chủ trương, chính sách về công tác dân vận.</li><li>Hướng dẫn, kiểm tra, giám sát việc thực hiện quy chế dân chủ ở cơ sở.</li></ul>',
    functionsEnHtml: '<p>Advises and assists the Provincial Party Committee on mass mobilisation work.</p><ul><li>Proposes policies on mass mobilisation.</li><li>Guides and oversees grassroots democracy.</li></ul>',
    address: '12 Lê Lợi, phường Thuận Hóa, thành phố Huế', phone: '0234 3822 123', fax: '0234 3822 124', email: 'bandanvan@example.gov.vn',
    hotline: '0234 3822 999', startedOn: '1975-04-01', position: 0,
  }), now)
  const leaders = await insertUnit(db, unit({ kind: 'lanh-dao', name: 'Lãnh đạo Ban', nameEn: 'Leadership', parentId: root, position: 1 }), now)
  const office = await insertUnit(db, unit({
    kind: 'van-phong', name: 'Văn phòng', nameEn: 'Office', parentId: root, position: 2, phone: '0234 3822 125', email: 'vanphong.bdv@example.gov.vn',
    functionsHtml: '<p>Tham mưu về tổ chức, cán bộ, hành chính, văn thư, lưu trữ, tài chính của Ban.</p>',
    functionsEnHtml: '<p>Personnel, administration, records and finance of the Commission.</p>',
  }), now)
  const religion = await insertUnit(db, unit({
    kind: 'phong', name: 'Phòng Dân tộc – Tôn giáo', nameEn: 'Ethnic and Religious Affairs Division', parentId: root, position: 3, phone: '0234 3822 126',
    functionsHtml: '<p>Tham mưu về công tác dân vận trong đồng bào dân tộc thiểu số và đồng bào có đạo.</p>',
    functionsEnHtml: '<p>Mass mobilisation among ethnic minorities and religious communities.</p>',
  }), now)
  const government = await insertUnit(db, unit({
    kind: 'phong', name: 'Phòng Dân vận chính quyền', parentId: root, position: 4, phone: '0234 3822 127',
    functionsHtml: '<p>Tham mưu về công tác dân vận của cơ quan nhà nước, chính quyền các cấp và quy chế dân chủ ở cơ sở.</p>',
  }), now)
  const mass = await insertUnit(db, unit({
    kind: 'phong', name: 'Phòng Đoàn thể', nameEn: 'Mass Organisations Division', parentId: root, position: 5, startedOn: '2010-01-01',
  }), now)
  const person = (p: Partial<PersonInput> & Pick<PersonInput, 'name' | 'title' | 'unitId' | 'since'>): PersonInput => ({
    titleEn: '', phone: '', email: '', photoMediaId: null, position: undefined, isLeader: false, isSpokesperson: false, ...p,
  })
  const names = new Map([[root, 'Ban Dân vận Tỉnh ủy'], [leaders, 'Lãnh đạo Ban'], [office, 'Văn phòng'], [religion, 'Phòng Dân tộc – Tôn giáo'], [government, 'Phòng Dân vận chính quyền'], [mass, 'Phòng Đoàn thể']])
  const people: PersonInput[] = [
    person({ name: 'Nguyễn Văn Hùng', title: 'Trưởng ban', titleEn: 'Head of the Commission', unitId: leaders, since: '2020-10-01', isLeader: true, phone: '0234 3822 100', email: 'nvhung@example.gov.vn', position: 1 }),
    person({ name: 'Đặng Thị Mai', title: 'Phó Trưởng ban Thường trực', titleEn: 'Standing Deputy Head', unitId: leaders, since: '2024-03-01', isLeader: true, isSpokesperson: true, phone: '0234 3822 101', email: 'dtmai@example.gov.vn', position: 2 }),
    person({ name: 'Lê Quang Minh', title: 'Phó Trưởng ban', titleEn: 'Deputy Head', unitId: leaders, since: '2022-06-01', isLeader: true, phone: '0234 3822 102', email: 'lqminh@example.gov.vn', position: 3 }),
    person({ name: 'Trần Thị Hoa', title: 'Chánh Văn phòng', titleEn: 'Chief of Office', unitId: office, since: '2021-01-01', isLeader: true, phone: '0234 3822 125', email: 'tthoa@example.gov.vn', position: 4 }),
    person({ name: 'Phạm Văn Đức', title: 'Chuyên viên', titleEn: 'Officer', unitId: office, since: '2019-09-01', email: 'pvduc@example.gov.vn', position: 5 }),
    person({ name: 'Hồ Xuân Long', title: 'Trưởng phòng', titleEn: 'Head of Division', unitId: religion, since: '2023-02-01', isLeader: true, phone: '0234 3822 126', email: 'hxlong@example.gov.vn', position: 6 }),
    person({ name: 'Võ Thị Ngọc Ánh', title: 'Chuyên viên', titleEn: 'Officer', unitId: religion, since: '2018-05-01', email: 'vtnanh@example.gov.vn', position: 7 }),
    person({ name: 'Nguyễn Văn An', title: 'Trưởng phòng', unitId: government, since: '2021-08-01', isLeader: true, phone: '0234 3822 127', email: 'nvan@example.gov.vn', position: 8 }),
    person({ name: 'Hoàng Thị Lan', title: 'Phó Trưởng phòng', unitId: government, since: '2022-11-01', email: 'htlan@example.gov.vn', position: 9 }),
    person({ name: 'Trương Công Định', title: 'Chuyên viên', titleEn: 'Officer', unitId: mass, since: '2016-04-01', email: 'tcdinh@example.gov.vn', position: 10 }),
  ]
  for (const p of people) await insertPerson(db, p, names.get(p.unitId)!, now)
  // Phòng Đoàn thể merged into Phòng Dân vận chính quyền on 1 March 2025: its officer moves with it, the history stays.
  const [from, into] = [await findUnit(db, mass), await findUnit(db, government)]
  await endUnit(db, from!, 'merged', '2025-03-01', into!, now)
  return true
}
