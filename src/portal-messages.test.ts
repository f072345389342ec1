import assert from 'node:assert/strict'
import { test } from 'node:test'
import { catalogueProblems, type Catalogue, type Messages } from './platform/i18n/index.ts'
import { PORTAL_CATALOGUES } from './portal-messages.ts'

test('every word of the portal\'s interface is there in Vietnamese and in English, with the same placeholders', () => {
  assert.deepEqual(PORTAL_CATALOGUES.flatMap(catalogueProblems), [])
})

test('a key missing from either language, an empty message or a lost placeholder is reported', () => {
  const broken = {
    name: 'broken',
    vi: { home: 'Trang chủ', results: { other: '{count} kết quả' }, title: 'Từ khóa {name}', empty: 'Trống' },
    en: { results: { one: 'one result', other: 'results' }, title: 'Tag', empty: ' ', extra: 'Extra' },
  } as unknown as Catalogue<Messages>
  assert.deepEqual(catalogueProblems(broken).sort(), [
    'broken.empty: empty in en',
    'broken.extra: missing in vi',
    'broken.home: missing in en',
    'broken.title: en uses {}, vi {name}',
  ])
})

test('catalogue names are unique: a message is found by catalogue and key', () => {
  const names = PORTAL_CATALOGUES.map((c) => c.name)
  assert.deepEqual(names, [...new Set(names)])
})
