import assert from 'node:assert/strict'
import { test } from 'node:test'
import { html, jsonForScript, trustedHtml } from './html.ts'

test('interpolated text is escaped by default', () => {
  const name = '<script>alert("x")</script> & \'y\''
  assert.equal(html`<p title="${name}">${name}</p>`.value,
    '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>')
})

test('nested templates, lists and trusted markup are not escaped twice', () => {
  const items = ['a<b', 'c']
  assert.equal(html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.value, '<ul><li>a&lt;b</li><li>c</li></ul>')
  assert.equal(html`<div>${trustedHtml('<p>ok</p>')}</div>`.value, '<div><p>ok</p></div>')
})

test('empty values render as nothing', () => {
  assert.equal(html`[${null}${undefined}${false}${0}]`.value, '[0]')
})

test('JSON inside a script tag cannot close the tag', () => {
  assert.ok(!jsonForScript({ t: '</script><script>alert(1)</script>' }).value.includes('</script>'))
})
