import assert from 'node:assert/strict'
import { test } from 'node:test'
import { loadConfig } from '../../config.ts'
import { PORTAL_MODULES } from '../../modules.ts'
import { PortalPolicy } from '../../security-policy.ts'
import { readSnippet, SnippetRefused } from './snippet-reading.ts'

test('a script, an inline loader and a counting image give their hosts by directive, and the loader its hash', () => {
  const read = readSnippet(`<script src="//emc.gov.vn/a.js" defer></script><script>var s=document.createElement("script");s.src="https://tk.emc.gov.vn:8443/b.js";</script><img src="https://anh.example.vn/c.gif">`)
  assert.deepEqual(read.scriptHosts, ['https://emc.gov.vn', 'https://tk.emc.gov.vn:8443'])
  assert.deepEqual(read.connectHosts, ['https://emc.gov.vn', 'https://tk.emc.gov.vn:8443'])
  assert.deepEqual(read.imageHosts, ['https://tk.emc.gov.vn:8443', 'https://anh.example.vn'])
  assert.equal(read.hashes.length, 1)
  assert.deepEqual(read.parts.map((p) => p.kind), ['script', 'inline', 'image'])
})

test('anything that is not a script or a counting image is refused, with why in Vietnamese', () => {
  const refusals: [string, RegExp][] = [
    ['<link rel="stylesheet" href="https://a.vn/x.css">', /thẻ <link>/],
    ['<script src="https://a.vn/x.js" onerror="alert(1)"></script>', /thuộc tính onerror/],
    ['<script type="text/x-template">x</script>', /type="text\/x-template"/],
    ['<script src="data:text/javascript,alert(1)"></script>', /http\(s\)/],
    ['<img src="https://a.vn/p.gif" onload="x()">', /thuộc tính onload/],
    ['<script src="https://a.vn/x.js" data-a"b="1"></script>', /thuộc tính data-a/],
    ['<noscript><iframe src="https://a.vn"></iframe></noscript>', /thẻ <iframe>/],
    ['<script src="https://a.vn/x.js">alert(1)</script>', /không được có mã bên trong/],
    ['<script>document.write("<!--")</script>', /<!--/],
    ['mã EMC', /không có chữ bên ngoài thẻ/],
    ['<!-- chỉ có chú thích -->', /không có thẻ <script> hay <img>/],
  ]
  for (const [snippet, why] of refusals) assert.throws(() => readSnippet(snippet), (e: unknown) => e instanceof SnippetRefused && why.test(e.message), snippet)
})

test('an empty snippet needs nothing', () => {
  assert.deepEqual(readSnippet('  \n').parts, [])
})

test('the policy set at run time replaces the part\'s sources, and a source it refuses changes nothing', () => {
  const policy = new PortalPolicy(PORTAL_MODULES, loadConfig({}))
  const start = policy.everywhere['content-security-policy']
  policy.set('monitoring', { readers: { 'script-src': ['https://emc.gov.vn'] } })
  assert.match(policy.everywhere['content-security-policy']!, /script-src 'self' https:\/\/emc\.gov\.vn;/)
  assert.doesNotMatch(policy.areas![0]!.headers['content-security-policy']!, /emc\.gov\.vn/, 'the newsroom is untouched')
  assert.throws(() => policy.set('monitoring', { readers: { 'script-src': ['*'] } }))
  assert.match(policy.everywhere['content-security-policy']!, /https:\/\/emc\.gov\.vn/)
  policy.set('monitoring', {})
  assert.equal(policy.everywhere['content-security-policy'], start)
})
