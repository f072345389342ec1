import assert from 'node:assert/strict'
import { test } from 'node:test'
import { buildChart, searchPeople, type ChartPerson } from './org-chart.ts'
import { parseDay, unitTranslation, type Person, type Unit } from './structure.ts'
import { personVcard } from './vcard.ts'

const somebody: ChartPerson = {
  id: 7, unitId: 1, name: 'Nguyễn Thị Ngọc Ánh', title: { text: 'Phó Trưởng phòng; phụ trách, tổng hợp', lang: 'vi' },
  unitName: { text: 'Phòng Dân tộc – Tôn giáo', lang: 'vi' }, phone: '0234 3822 126', email: 'ntnanh@example.gov.vn',
  isLeader: false, isSpokesperson: false, since: '2024-03-01', earlier: [],
}

test('a person\'s card is vCard 4.0 with the family name first, the title escaped and CRLF lines', () => {
  const card = personVcard(somebody, 'Ban Dân vận Tỉnh ủy', 'https://danvan.example.vn')
  assert.ok(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n'))
  assert.ok(card.endsWith('END:VCARD\r\n'))
  assert.ok(!/[^\r]\n/.test(card), 'every line ends with CRLF')
  const lines = card.split('\r\n')
  assert.ok(lines.includes('FN:Nguyễn Thị Ngọc Ánh'))
  assert.ok(lines.includes('N:Nguyễn;Ánh;Thị Ngọc;;'))
  assert.ok(lines.includes('TITLE:Phó Trưởng phòng\\; phụ trách\\, tổng hợp'))
  assert.ok(lines.includes('ORG:Ban Dân vận Tỉnh ủy;Phòng Dân tộc – Tôn giáo'))
  assert.ok(lines.includes('TEL;VALUE=uri;TYPE=work,voice:tel:02343822126'))
  assert.ok(lines.includes('EMAIL;TYPE=work:ntnanh@example.gov.vn'))
})

test('a day is typed as day/month/year, month/year or ISO; impossible days are refused', () => {
  assert.equal(parseDay('01/07/2025'), '2025-07-01')
  assert.equal(parseDay('1/7/2025'), '2025-07-01')
  assert.equal(parseDay('03/2024'), '2024-03-01')
  assert.equal(parseDay('2024-02-29'), '2024-02-29')
  assert.equal(parseDay('31/02/2025'), undefined)
  assert.equal(parseDay('13/2025'), undefined)
  assert.equal(parseDay('mai'), undefined)
})

const at = new Date('2026-01-01T00:00:00Z')
const unit = (id: number, name: string, parentId: number | null, status: Unit['status'] = 'active'): Unit => ({
  id, parentId, kind: 'phong', name, functionsHtml: '', address: '', phone: '', fax: '', email: '', hotline: '', position: id, nameEn: '', functionsEnHtml: '',
  status, startedOn: null, endedOn: null, mergedIntoId: null, viChangedAt: at, enChangedAt: null, events: [],
})
const person = (id: number, name: string, unitId: number, isLeader = false): Person => ({
  id, unitId, name, title: 'Chuyên viên', titleEn: '', phone: '', email: '', photoMediaId: null, position: id, isLeader, isSpokesperson: false,
  viChangedAt: at, enChangedAt: null, posts: [{ title: 'Chuyên viên', unitId, unitName: '', fromOn: '2024-01-01', untilOn: null }],
})

test('the chart nests active units, puts leaders first, and leaves ended units and their people out', () => {
  const chart = buildChart([unit(1, 'Ban', null), unit(2, 'Văn phòng', 1), unit(3, 'Phòng cũ', 1, 'dissolved')],
    [person(1, 'Lê Văn B', 2), person(2, 'Trần Thị A', 2, true), person(3, 'Ai Đó', 3)], 'vi')
  assert.equal(chart.roots.length, 1)
  assert.deepEqual(chart.roots[0]!.children.map((c) => c.name.text), ['Văn phòng'])
  assert.deepEqual(chart.roots[0]!.children[0]!.people.map((p) => p.name), ['Trần Thị A', 'Lê Văn B'])
  assert.deepEqual(chart.ended.map((u) => u.name), ['Phòng cũ'])
  assert.equal(chart.everyone.length, 2)
})

test('the directory finds names with or without their marks', () => {
  const chart = buildChart([unit(1, 'Ban', null)], [person(1, 'Nguyễn Văn Hùng', 1), person(2, 'Đặng Thị Mai', 1), person(3, 'Lê Văn Nguyên', 1)], 'vi')
  assert.deepEqual(searchPeople(chart.everyone, 'nguyen van').map((p) => p.name), ['Nguyễn Văn Hùng', 'Lê Văn Nguyên'], 'the name as typed first')
  assert.deepEqual(searchPeople(chart.everyone, 'dang').map((p) => p.name), ['Đặng Thị Mai'])
  assert.deepEqual(searchPeople(chart.everyone, 'ĐẶNG mai').map((p) => p.name), ['Đặng Thị Mai'])
  assert.deepEqual(searchPeople(chart.everyone, 'nguyen').map((p) => p.name), ['Nguyễn Văn Hùng', 'Lê Văn Nguyên'])
  assert.equal(searchPeople(chart.everyone, 'hoàng').length, 0)
  assert.deepEqual(searchPeople(chart.everyone, 'ai').map((p) => p.name), [], 'a word matches from its start: "ai" is not in "Mai"')
})

test('a unit needs translating until its name and its functions have English, and again once its Vietnamese is newer', () => {
  const later = new Date(at.getTime() + 60_000)
  const ban = { ...unit(1, 'Ban', null), functionsHtml: '<p>Tham mưu</p>' }
  assert.equal(unitTranslation(ban), 'missing')
  assert.equal(unitTranslation({ ...ban, nameEn: 'Commission', enChangedAt: later }), 'missing', 'functions not yet in English')
  assert.equal(unitTranslation({ ...ban, nameEn: 'Commission', functionsEnHtml: '<p>Advises</p>', enChangedAt: later }), 'current')
  assert.equal(unitTranslation({ ...ban, nameEn: 'Commission', functionsEnHtml: '<p>Advises</p>', enChangedAt: at, viChangedAt: later }), 'outdated')
})
