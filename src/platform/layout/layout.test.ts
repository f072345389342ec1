import assert from 'node:assert/strict'
import { test } from 'node:test'
import { NewsroomEventBus } from '../events.ts'
import { createLocale } from '../i18n/index.ts'
import { html } from '../views/html.ts'
import type { Block } from './block.ts'
import { BlockRegistry } from './block-registry.ts'
import { PageLayout } from './page-layout.ts'
import { assertMayHide, LayoutRefusedError, moveBlock, placeBlock, placementsOf, resolveLayout, showBlock, unplacedBlocks, type Placement } from './placement.ts'

/** A block whose markup is its id and how many times it was rendered. */
function block(id: string, fields: Partial<Block> = {}): Block & { renders: number } {
  const b = {
    id, title: `Khối ${id}`, slots: ['sidebar', 'footer'], staleOn: ['links.changed'], renders: 0,
    render: async () => html`<p>${id} ${++b.renders}</p>`,
    ...fields,
  } as Block & { renders: number }
  return b
}

const vi = createLocale('vi')
const en = createLocale('en')

const ids = (placements: Placement[]) => placements.map((p) => p.blockId)

test('with nothing stored, blocks go where they say, by order; a block with no default shows nowhere until placed', () => {
  const blocks = [block('links', { defaultPlacement: { slot: 'sidebar', order: 30 } }), block('weather', { defaultPlacement: { slot: 'sidebar', order: 10 } }), block('notices')]
  const layout = resolveLayout(blocks, [])
  assert.deepEqual(ids(layout.sidebar), ['weather', 'links'])
  assert.deepEqual(ids(layout.footer), [])
  assert.deepEqual(unplacedBlocks(blocks, layout).map((b) => b.id), ['notices'])
})

test('stored placements win; one for a block no longer offered, or in a slot the block no longer allows, is left out', () => {
  const blocks = [block('weather', { defaultPlacement: { slot: 'sidebar', order: 10 } }), block('links', { defaultPlacement: { slot: 'sidebar', order: 20 } })]
  const layout = resolveLayout(blocks, [
    { blockId: 'links', slot: 'footer', position: 10, shown: false },
    { blockId: 'weather', slot: 'head', position: 10, shown: true },
    { blockId: 'polls', slot: 'sidebar', position: 5, shown: true },
  ])
  assert.deepEqual(ids(layout.sidebar), ['weather'])
  assert.deepEqual(layout.footer, [{ blockId: 'links', slot: 'footer', position: 10, shown: false }])
  assert.deepEqual(ids(layout.head), [])
})

test('moving, hiding and placing give the layout to store, numbered afresh', () => {
  const blocks = [block('a', { defaultPlacement: { slot: 'sidebar', order: 1 } }), block('b', { defaultPlacement: { slot: 'sidebar', order: 2 } }), block('c', { defaultPlacement: { slot: 'footer', order: 1 } })]
  let layout = resolveLayout(blocks, [])
  assert.equal(moveBlock(layout, 'a', 'up'), layout, 'the first cannot go higher')
  layout = showBlock(moveBlock(layout, 'b', 'up'), 'a', false)
  layout = placeBlock(layout, blocks[2]!, 'sidebar')
  assert.deepEqual(placementsOf(layout), [
    { blockId: 'b', slot: 'sidebar', position: 10, shown: true },
    { blockId: 'a', slot: 'sidebar', position: 20, shown: false },
    { blockId: 'c', slot: 'sidebar', position: 30, shown: true },
  ])
  assert.deepEqual(placementsOf(placeBlock(layout, blocks[0]!, 'sidebar')).find((p) => p.blockId === 'a')?.shown, true, 'adding a hidden block where it is shows it')
})

test('a block always shown shows even where a hidden placement was stored, and hiding it is refused', () => {
  const warning = block('warning', { slots: ['sidebar'], alwaysShown: true, defaultPlacement: { slot: 'sidebar', order: 0 } })
  const links = block('links', { defaultPlacement: { slot: 'sidebar', order: 10 } })
  const layout = resolveLayout([warning, links], [
    { blockId: 'warning', slot: 'sidebar', position: 20, shown: false },
    { blockId: 'links', slot: 'sidebar', position: 10, shown: false },
  ])
  assert.deepEqual(layout.sidebar.map((p) => [p.blockId, p.shown]), [['links', false], ['warning', true]])
  assert.throws(() => assertMayHide(warning), (error: unknown) => error instanceof LayoutRefusedError && /luôn hiện/.test(error.messageVi))
  assert.doesNotThrow(() => assertMayHide(links))
})

test('a block put in a slot it does not allow is refused, naming the slots it does', () => {
  const mostRead = block('most-read', { title: 'Đọc nhiều', slots: ['sidebar', 'after-article'] })
  assert.throws(() => placeBlock(resolveLayout([mostRead], []), mostRead, 'header'), (error: unknown) => {
    assert.ok(error instanceof LayoutRefusedError)
    assert.equal(error.status, 422)
    assert.equal(error.messageVi, 'Không thể đặt khối “Đọc nhiều” vào vùng “Đầu trang”: khối này chỉ đặt được ở Cột bên, Sau bài viết.')
    return true
  })
})

test('the registry stops the start on two blocks of one id, or a default slot the block does not allow', () => {
  const events = new NewsroomEventBus()
  assert.throws(() => new BlockRegistry(events, [block('weather'), block('weather')]), /two blocks are called "weather"/)
  assert.throws(() => new BlockRegistry(events, [block('weather', { defaultPlacement: { slot: 'head', order: 1 } })]), /does not allow/)
  assert.throws(() => new BlockRegistry(events, [block('Thời tiết')]), /lower-case/)
})

test('a block is rendered once and again only after an event it names, or a resync', async () => {
  const events = new NewsroomEventBus()
  const links = block('links')
  const weather = block('weather', { staleOn: ['weather.changed'] })
  const registry = new BlockRegistry(events, [links, weather])
  await registry.render(links, vi)
  await registry.render(weather, vi)
  assert.equal((await registry.render(links, vi)).value, '<p>links 1</p>')
  events.emit('weather.changed', {})
  assert.equal((await registry.render(links, vi)).value, '<p>links 1</p>', 'another block\'s change leaves it')
  assert.equal((await registry.render(weather, vi)).value, '<p>weather 2</p>')
  events.emit('links.changed', {})
  assert.equal((await registry.render(links, vi)).value, '<p>links 2</p>')
  events.emit('instance.resync', {})
  assert.equal((await registry.render(links, vi)).value, '<p>links 3</p>')
})

test('a block that fails is asked again next time, not kept failed', async () => {
  let fail = true
  const flaky = block('flaky', { render: async () => (fail ? Promise.reject(new Error('down')) : html`<p>ok</p>`) })
  const registry = new BlockRegistry(new NewsroomEventBus(), [flaky])
  await assert.rejects(registry.render(flaky, vi))
  fail = false
  assert.equal((await registry.render(flaky, vi)).value, '<p>ok</p>')
})

test('the page layout renders each slot\'s shown blocks in order, and reads the placements again on layout.changed', async () => {
  const events = new NewsroomEventBus()
  const registry = new BlockRegistry(events, [
    block('weather', { defaultPlacement: { slot: 'sidebar', order: 1 } }),
    block('links', { defaultPlacement: { slot: 'sidebar', order: 2 } }),
  ])
  let stored: Placement[] = []
  let reads = 0
  const page = new PageLayout(events, registry, async () => (reads++, stored))
  assert.equal((await page.slots(vi)).sidebar.value, '<p>weather 1</p><p>links 1</p>')
  assert.equal((await page.slots(vi)).footer.value, '')
  stored = [{ blockId: 'links', slot: 'footer', position: 1, shown: true }, { blockId: 'weather', slot: 'sidebar', position: 1, shown: false }]
  assert.equal((await page.slots(vi)).sidebar.value, '<p>weather 1</p><p>links 1</p>', 'kept until told')
  events.emit('layout.changed', {})
  const slots = await page.slots(vi)
  assert.equal(slots.sidebar.value, '', 'a hidden block shows nowhere')
  assert.equal(slots.footer.value, '<p>links 1</p>', 'moving a block does not render it again')
  assert.equal(reads, 2)
  events.emit('links.changed', {})
  assert.equal((await page.slots(vi)).footer.value, '<p>links 2</p>', 'a block\'s own change reaches the slots')
  assert.equal(reads, 2, 'without reading the placements again')
})

test('a block is rendered once per language, in its words; a block of one language shows only on its pages', async () => {
  const events = new NewsroomEventBus()
  const weather = block('weather', { staleOn: ['weather.changed'], defaultPlacement: { slot: 'sidebar', order: 1 }, render: async (locale) => html`<p>${locale.lang} ${++weather.renders}</p>` })
  const links = block('links', { defaultPlacement: { slot: 'sidebar', order: 2 }, languages: ['vi'] })
  const registry = new BlockRegistry(events, [weather, links])
  const page = new PageLayout(events, registry, async () => [])
  assert.equal((await page.slots(vi)).sidebar.value, '<p>vi 1</p><p>links 1</p>')
  assert.equal((await page.slots(en)).sidebar.value, '<p>en 2</p>', 'English pages: the weather in English, no Vietnamese-only block')
  assert.equal((await page.slots(vi)).sidebar.value, '<p>vi 1</p><p>links 1</p>', 'each language kept')
  events.emit('links.changed', {})
  assert.equal((await page.slots(en)).sidebar.value, '<p>en 2</p>', 'another block\'s change leaves the weather in every language')
  assert.equal((await page.slots(vi)).sidebar.value, '<p>vi 1</p><p>links 2</p>')
  events.emit('weather.changed', {})
  assert.equal((await page.slots(en)).sidebar.value, '<p>en 3</p>', 'its own change renders it again in each language')
})
