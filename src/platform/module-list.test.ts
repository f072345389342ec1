import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkModules, menuLinksOf, migrationsOf, navOf, prefixOwners, relayedEventsOf, readerStylesOf, reservedPrefixesOf, rightsOf } from './module-list.ts'
import type { MigrationModule, PortalModule } from './module.ts'

const noop: MigrationModule = { up: async () => {} }
const search: PortalModule = { name: 'search', title: 'Tìm kiếm', publicPrefixes: ['tim-kiem'] }
const notices: PortalModule = { name: 'notices', title: 'Thông báo', publicPrefixes: ['thong-bao'] }

test('two modules claiming one public prefix is a programming error naming both', () => {
  assert.throws(() => checkModules([search, notices, { name: 'polls', title: 'Bình chọn', publicPrefixes: ['binh-chon', 'tim-kiem'] }]),
    { name: 'ModuleListError', message: 'modules "search" and "polls" both claim the public prefix "/tim-kiem"' })
  assert.doesNotThrow(() => checkModules([search, notices]))
})

test('a prefix is one path segment: "/tim-kiem" or "a/b" is refused', () => {
  for (const prefix of ['/tim-kiem', 'a/b', 'Tim-kiem', '']) {
    assert.throws(() => prefixOwners([{ name: 'x', title: 'X', publicPrefixes: [prefix] }]), /one path segment/, prefix)
  }
})

test('the reserved prefixes name their module as the administrator reads it', () => {
  assert.deepEqual([...reservedPrefixesOf([search, notices])], [['tim-kiem', 'Tìm kiếm'], ['thong-bao', 'Thông báo']])
})

test('migrations are ordered by name across modules, whatever the order of the modules', () => {
  const later: PortalModule = { name: 'later', title: 'L', migrations: { '20300101-0003-c': noop, '20300101-0001-a': noop } }
  const earlier: PortalModule = { name: 'earlier', title: 'E', migrations: { '20300101-0002-b': noop } }
  assert.deepEqual([...migrationsOf([later, earlier]).keys()], ['20300101-0001-a', '20300101-0002-b', '20300101-0003-c'])
})

test('a migration name used twice, or not timestamped, stops the start', () => {
  const a: PortalModule = { name: 'a', title: 'A', migrations: { '20300101-0001-x': noop } }
  const b: PortalModule = { name: 'b', title: 'B', migrations: { '20300101-0001-x': noop } }
  assert.throws(() => checkModules([a, b]), /modules "a" and "b" both have a migration named "20300101-0001-x"/)
  assert.throws(() => migrationsOf([{ name: 'c', title: 'C', migrations: { 'add-table': noop } }]), /YYYYMMDD-NNNN/)
})

test('relayed events, rights and newsroom links are the union of the modules\' declarations', () => {
  const comments: PortalModule = {
    name: 'comments', title: 'Ý kiến', relayed: ['instance.resync'],
    rights: { 'comment.moderate': { roles: ['moderator', 'administrator'] } },
    nav: [{ label: 'Ý kiến bạn đọc', href: '/toa-soan/y-kien', right: 'comment.moderate' }],
  }
  const editorial: PortalModule = {
    name: 'editorial', title: 'Biên tập',
    rights: { 'article.publish': { roles: ['approver'], byCategory: true } },
    nav: [{ label: 'Bài viết', href: '/toa-soan/bai-viet' }],
  }
  assert.deepEqual([...relayedEventsOf([editorial, comments])], ['instance.resync'])
  const rights = rightsOf([editorial, comments])
  assert.deepEqual(rights.actions, ['article.publish', 'comment.moderate'])
  assert.equal(rights.holds('moderator', 'comment.moderate'), true)
  assert.equal(rights.holds('approver', 'comment.moderate'), false)
  assert.equal(rights.byCategory('article.publish'), true)
  assert.equal(rights.byCategory('comment.moderate'), false)
  assert.deepEqual(navOf([editorial, comments]).map((n) => n.label), ['Bài viết', 'Ý kiến bạn đọc'])
  assert.throws(() => rightsOf([comments, { name: 'moderation', title: 'M', rights: { 'comment.moderate': { roles: ['administrator'] } } }]), /"comments" and "moderation" both declare the right "comment.moderate"/)
})

test("a module adds the newsroom's roles it needs, with their names; two modules cannot add one role", () => {
  const newsroom: PortalModule = { name: 'accounts', title: 'Tài khoản', roles: { editor: 'Biên tập viên', administrator: 'Quản trị hệ thống' } }
  const register: PortalModule = { name: 'register', title: 'Sổ', roles: { moderator: 'Văn thư' }, rights: { 'comment.moderate': { roles: ['moderator'] } } }
  const rights = rightsOf([newsroom, register])
  assert.deepEqual([...rights.roles], [['editor', 'Biên tập viên'], ['administrator', 'Quản trị hệ thống'], ['moderator', 'Văn thư']])
  assert.equal(rights.holds('moderator', 'comment.moderate'), true)
  assert.throws(() => rightsOf([newsroom, { name: 'other', title: 'O', roles: { editor: 'Người sửa' } }]), /"accounts" and "other" both add the role "editor"/)
})

test("the modules' reader styles follow one another in the modules' order, each named", () => {
  const a: PortalModule = { name: 'documents', title: 'Văn bản', readerStyles: '\n.document-list{margin:0}\n' }
  const b: PortalModule = { name: 'polls', title: 'Bình chọn', readerStyles: '.poll{padding:0}' }
  assert.equal(readerStylesOf([a, { name: 'plain', title: 'P' }, b]), '/* documents */\n.document-list{margin:0}\n/* polls */\n.poll{padding:0}')
  assert.equal(readerStylesOf([{ name: 'plain', title: 'P' }]), '')
})

test('the modules\' menu links come lower order first, equal ones in the modules\' order; a module without any adds none', () => {
  const words = (key: string) => ({ catalogue: { name: 'test' } as never, key })
  const register: PortalModule = { name: 'documents', title: 'Văn bản', menuLinks: [{ label: words('documents'), href: { vi: '/van-ban' }, order: 10 }] }
  const polls: PortalModule = { name: 'polls', title: 'Bình chọn', menuLinks: [{ label: words('polls'), href: { vi: '/binh-chon' } }, { label: words('results'), href: { vi: '/ket-qua' }, order: 10 }] }
  assert.deepEqual(menuLinksOf([register, search, polls]).map((l) => l.label.key), ['polls', 'documents', 'results'])
  assert.deepEqual(menuLinksOf([search, notices]), [])
})
