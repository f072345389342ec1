import assert from 'node:assert/strict'
import { test } from 'node:test'
import { RenderNotes, videoPlayerAddress } from './cards.ts'
import { lexicalToHtml } from './lexical.ts'
import { postBody } from './post-body.ts'

const text = (value: string, format = 0) => ({ type: 'extended-text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const lexical = (...children: object[]) => JSON.stringify({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })
const never = () => { throw new Error('no markdown expected') }

test('lexical text: bold, italic, underline, code and links keep their marks; line breaks stay', () => {
  const notes = new RenderNotes()
  const html = lexicalToHtml(lexical(
    { type: 'paragraph', children: [text('Ủy ban '), text('nhân dân', 1), text(' tỉnh', 3), { type: 'linebreak' }, text('mã', 16), text(' gạch', 8),
      { type: 'link', url: 'https://binhdinh.gov.vn/?a=1&b=2', children: [text('Cổng "tỉnh"')] }] },
    { type: 'extended-heading', tag: 'h3', children: [text('Tiêu đề phụ')] },
    { type: 'paragraph', children: [] },
  ), notes, never)
  assert.equal(html, '<p>Ủy ban <strong>nhân dân</strong><strong><em> tỉnh</em></strong><br><code>mã</code><u> gạch</u><a href="https://binhdinh.gov.vn/?a=1&amp;b=2">Cổng "tỉnh"</a></p>\n<h3>Tiêu đề phụ</h3>')
  assert.deepEqual(notes.list, [])
})

test('lexical lists nest, quotes and asides are blocks, text is escaped', () => {
  const html = lexicalToHtml(lexical(
    { type: 'list', listType: 'number', tag: 'ol', children: [
      { type: 'listitem', children: [text('Một <b>'), { type: 'list', listType: 'bullet', tag: 'ul', children: [{ type: 'listitem', children: [text('Một a')] }] }] },
      { type: 'listitem', children: [text('Hai')] },
    ] },
    { type: 'quote', children: [text('Trích dẫn')] },
    { type: 'aside', children: [text('Trích nổi')] },
  ), new RenderNotes(), never)
  assert.equal(html, '<ol><li>Một &lt;b&gt;<ul><li>Một a</li></ul></li><li>Hai</li></ol>\n<blockquote><p>Trích dẫn</p></blockquote>\n<aside><p>Trích nổi</p></aside>')
})

test('lexical cards: image, gallery, Vimeo frame, other embeds as links, bookmark, callout, html, divider, code; unknown ones dropped with a note', () => {
  const notes = new RenderNotes()
  const html = lexicalToHtml(lexical(
    { type: 'image', src: '__GHOST_URL__/content/images/2024/05/a.jpg', alt: 'Cầu "Thị Nại"', caption: 'Ảnh: <b>TTXVN</b>', href: '' },
    { type: 'gallery', images: [{ src: '/content/images/g1.jpg', alt: 'một' }, { src: '/content/images/g2.jpg', alt: 'hai', caption: 'Hai' }], caption: 'Bộ ảnh' },
    { type: 'embed', url: 'https://vimeo.com/76979871', html: '<iframe src="https://player.vimeo.com/video/76979871"></iframe>', embedType: 'video' },
    { type: 'embed', url: 'https://www.facebook.com/ubnd/posts/1', html: '<script>alert(1)</script>', metadata: {} },
    { type: 'bookmark', url: 'https://baochinhphu.vn/', metadata: { title: 'Báo Chính phủ', description: 'Tin <mới>' }, caption: '' },
    { type: 'callout', calloutEmoji: '', calloutText: '<p>Lưu ý: hạn nộp hồ sơ</p>', backgroundColor: 'grey' },
    { type: 'html', html: '<table><tr><td>Ô</td></tr></table>' },
    { type: 'horizontalrule' },
    { type: 'codeblock', code: 'a < b', language: 'js' },
    { type: 'signup', header: 'Đăng ký' },
    { type: 'kg-something-new', x: 1 },
  ), notes, never)
  assert.equal(html, [
    '<figure><img src="__GHOST_URL__/content/images/2024/05/a.jpg" alt="Cầu &quot;Thị Nại&quot;"><figcaption>Ảnh: <b>TTXVN</b></figcaption></figure>',
    '<figure><img src="/content/images/g1.jpg" alt="một"><figure><img src="/content/images/g2.jpg" alt="hai"><figcaption>Hai</figcaption></figure><figcaption>Bộ ảnh</figcaption></figure>',
    '<figure><iframe src="https://player.vimeo.com/video/76979871" width="640" height="360" allowfullscreen loading="lazy"></iframe></figure>',
    '<p><a href="https://www.facebook.com/ubnd/posts/1">https://www.facebook.com/ubnd/posts/1</a></p>',
    '<blockquote><p><a href="https://baochinhphu.vn/"><strong>Báo Chính phủ</strong></a><br>Tin &lt;mới&gt;</p></blockquote>',
    '<aside><p>Lưu ý: hạn nộp hồ sơ</p></aside>',
    '<table><tr><td>Ô</td></tr></table>',
    '<hr>',
    '<pre><code class="language-js">a &lt; b</code></pre>',
  ].join('\n'))
  assert.deepEqual(notes.list, ['embed from www.facebook.com turned into a link', "Ghost-only card 'signup' dropped", "unknown card 'kg-something-new' dropped"])
})

test('only YouTube and Vimeo addresses become players', () => {
  assert.equal(videoPlayerAddress('https://youtu.be/dQw4w9WgXcQ?t=3'), 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
  assert.equal(videoPlayerAddress('https://m.youtube.com/watch?v=dQw4w9WgXcQ'), 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
  assert.equal(videoPlayerAddress('https://www.youtube.com/embed/dQw4w9WgXcQ'), 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
  assert.equal(videoPlayerAddress('https://player.vimeo.com/video/76979871'), 'https://player.vimeo.com/video/76979871')
  assert.equal(videoPlayerAddress('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ'), undefined)
  assert.equal(videoPlayerAddress('https://www.youtube.com/watch?v=%22%3E%3Cscript'), undefined)
  assert.equal(videoPlayerAddress('not an address'), undefined)
})

test('a post body: html first, then lexical, then mobiledoc; an unreadable document is noted, 0.x markdown kept as paragraphs', () => {
  assert.equal(postBody({ html: '<!--kg-card-begin: html--><p>Có <a href="__GHOST_URL__/gioi-thieu/">html</a></p><!--kg-card-end: html-->', lexical: lexical({ type: 'paragraph', children: [text('không dùng')] }) }).html,
    '<p>Có <a href="/gioi-thieu/">html</a></p>')
  assert.equal(postBody({ html: null, lexical: lexical({ type: 'paragraph', children: [text('Từ lexical')] }), mobiledoc: null }).html, '<p>Từ lexical</p>')
  const broken = postBody({ html: '', lexical: '{"root":', mobiledoc: JSON.stringify({ version: '0.3.1', markups: [], atoms: [], cards: [['image', { src: '/content/images/x.jpg', alt: 'x' }]], sections: [[10, 0], [2, '/content/images/y.jpg']] }) })
  assert.equal(broken.html, '<figure><img src="/content/images/x.jpg" alt="x"></figure>\n<figure><img src="/content/images/y.jpg" alt=""></figure>')
  assert.match(broken.notes[0]!, /^lexical body unreadable/)
  const markdown = postBody({ html: null, markdown: 'Dòng một\ndòng hai\n\nĐoạn <hai>' })
  assert.equal(markdown.html, '<p>Dòng một<br>dòng hai</p>\n<p>Đoạn &lt;hai&gt;</p>')
  assert.deepEqual(markdown.notes, ['markdown without html imported as plain paragraphs'])
})
