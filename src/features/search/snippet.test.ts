import assert from 'node:assert/strict'
import { test } from 'node:test'
import { highlight, partsText, snippet } from './snippet.ts'
import { exactForm, plainText } from './search-text.ts'

const terms = (...t: string[]) => new Set(t)
const marked = (parts: { text: string; marked: boolean }[]) => parts.filter((p) => p.marked).map((p) => p.text)

test('searched syllables are marked in their original diacritics, neighbours under one mark', () => {
  const parts = highlight('Phong trào “Dân vận khéo” năm 2021', terms('dan', 'van', 'kheo'))
  assert.deepEqual(marked(parts), ['Dân vận khéo'])
  assert.equal(partsText(parts), 'Phong trào “Dân vận khéo” năm 2021')
})

test('punctuation between two matched syllables splits the mark', () => {
  assert.deepEqual(marked(highlight('dân, vận', terms('dan', 'van'))), ['dân', 'vận'])
})

test('the snippet is the passage with the most different searched syllables', () => {
  const text = `${'Mở đầu bài viết không liên quan. '.repeat(20)}Ở đây có phong trào Dân vận khéo rất hay. ${'Phần kết cũng không liên quan. '.repeat(20)}`
  const parts = snippet(text, terms('dan', 'van', 'kheo'))
  assert.deepEqual(marked(parts), ['Dân vận khéo'])
  assert.equal(parts[0]!.text, '… ')
  assert.equal(parts.at(-1)!.text, ' …')
})

test('with nothing to mark, the snippet is the start of the text', () => {
  const parts = snippet('Một hai ba bốn năm.', terms('xyz'))
  assert.equal(partsText(parts), 'Một hai ba bốn năm.')
})

test('a body becomes plain text: tags dropped, blocks spaced, entities decoded', () => {
  assert.equal(plainText('<p>Một.</p><p>Hai &amp; ba&nbsp;&#273;&#x111;</p><ul><li>bốn</li></ul>'), 'Một. Hai & ba đđ bốn')
  assert.equal(plainText('<p>&lt;script&gt;</p>'), '<script>')
})

test('the exact form keeps diacritics but unites old and new tone placement', () => {
  assert.equal(exactForm('Hoà thuận, THUỶ lợi, khoẻ, Đường'), 'hòa thuận, thủy lợi, khỏe, đường')
  assert.equal(exactForm('quý, hoàn, thuyền, hòa'), 'quý, hoàn, thuyền, hòa')
  assert.notEqual(exactForm('đường'), exactForm('dương'))
})
