import assert from 'node:assert/strict'
import { test } from 'node:test'
import { sanitizeArticleBody } from './article-body.ts'
import { hasBodyMedia, hasInteractiveMedia, withYoutubePosters, youtubeIdsWithoutPoster } from './body-media.ts'

const figure = (src: string, caption?: string) =>
  `<figure><img src="${src}" alt="Ảnh ${src}" width="960" height="640" loading="lazy" decoding="async" />${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`

test('a gallery keeps exactly its figures: an image each, with its caption', () => {
  const input = `<div class="gallery"><figure><img src="/media/a-960.webp" alt="Ảnh /media/a-960.webp" width="960" height="640"><figcaption>Cầu <b>Thị Nại</b> lúc bình minh</figcaption></figure>
<figure><img src="/media/b-960.webp" alt="Ảnh /media/b-960.webp" width="960" height="640"></figure></div>`
  assert.equal(sanitizeArticleBody(input),
    `<div class="gallery">\n${figure('/media/a-960.webp', 'Cầu <b>Thị Nại</b> lúc bình minh')}\n${figure('/media/b-960.webp')}\n</div>`)
})

test('anything else inside a gallery is dropped: text, paragraphs, figures without an image, scripts, handlers, other classes', () => {
  const input = '<div class="gallery slider" onclick="steal()" style="color:red" data-x="1">Chữ lạc<p>Đoạn văn</p>'
    + '<figure class="zoom" onmouseover="x()"><img src="/media/a.webp" alt="A" width="10" height="10" onerror="x()"><p>thêm</p><figcaption>A</figcaption></figure>'
    + '<figure><figcaption>Không có ảnh</figcaption></figure><script>alert(1)</script><iframe src="https://evil.example"></iframe></div>'
  const out = sanitizeArticleBody(input)
  assert.equal(out, '<div class="gallery">\n<figure><img src="/media/a.webp" alt="A" width="10" height="10" loading="lazy" decoding="async" /><figcaption>A</figcaption></figure>\n</div>')
})

test('a gallery inside a gallery gives its figures to the outer one; an empty gallery goes; other divs are unwrapped', () => {
  const nested = sanitizeArticleBody('<div class="gallery"><figure><img src="/media/a.webp" alt="A"></figure><div class="gallery"><figure><img src="/media/b.webp" alt="B"></figure></div></div>')
  assert.equal((nested.match(/<div/g) ?? []).length, 1)
  assert.equal((nested.match(/<figure>/g) ?? []).length, 2)
  assert.equal(sanitizeArticleBody('<p>Trước</p><div class="gallery"><p>Chỉ chữ</p></div><p>Sau</p>'), '<p>Trước</p><p>Sau</p>')
  assert.equal(sanitizeArticleBody('<div class="box"><p>Trong hộp</p></div>'), '<p>Trong hộp</p>')
})

test('an uploaded video keeps controls, preload="none", its MP4 and its captions track; autoplay, posters, sources and handlers go', () => {
  const input = '<figure class="video"><video src="/media/uploads/2026/12/abc.mp4" autoplay loop muted onplay="x()" poster="/x.jpg" width="1280" height="720">'
    + '<track kind="metadata" src="/media/uploads/2026/12/abc.vtt" srclang="vi" default onload="x()"><source src="/media/other.mp4"><p>Trình duyệt không phát được</p></video>'
    + '<figcaption>Toàn cảnh hội nghị</figcaption></figure>'
  assert.equal(sanitizeArticleBody(input),
    '<figure class="video"><video controls preload="none" src="/media/uploads/2026/12/abc.mp4" width="1280" height="720">'
    + '<track kind="captions" src="/media/uploads/2026/12/abc.vtt" srclang="vi" label="Tiếng Việt" default></video><figcaption>Toàn cảnh hội nghị</figcaption></figure>')
})

test('a video that is not an MP4 file, or outside its figure, and a track that is not WebVTT, are dropped', () => {
  assert.equal(sanitizeArticleBody('<p>a</p><video controls src="/media/a.mp4"></video>'), '<p>a</p>')
  assert.equal(sanitizeArticleBody('<figure class="video"><video src="javascript:alert(1)//.mp4"></video></figure>'), '')
  assert.equal(sanitizeArticleBody('<figure class="video"><video src="/media/a.mov"></video></figure>'), '')
  assert.equal(sanitizeArticleBody('<figure class="video"><video src="/media/a.mp4"><track src="/media/a.srt"><track src="data:text/vtt,x.vtt"></video></figure>'),
    '<figure class="video"><video controls preload="none" src="/media/a.mp4"></video></figure>')
})

test('a YouTube video links only to its own watch page, whatever was typed; a bad id leaves a plain figure', () => {
  assert.equal(sanitizeArticleBody('<figure class="youtube" data-youtube="dQw4w9WgXcQ"><a href="https://evil.example/" onclick="x()">Xem <i>video</i></a><figcaption>Clip</figcaption></figure>'),
    '<figure class="youtube" data-youtube="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer" target="_blank">Xem video</a><figcaption>Clip</figcaption></figure>')
  assert.equal(sanitizeArticleBody('<figure class="youtube" data-youtube="x&quot; onload=&quot;y"><img src="/media/a.webp" alt=""></figure>'),
    '<figure><img src="/media/a.webp" alt="" loading="lazy" decoding="async" /></figure>')
  assert.equal(sanitizeArticleBody('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><p>x</p>'), '<p>x</p>')
})

test('a body without galleries or videos comes out exactly as the sanitizer wrote it before', () => {
  const body = '<h2>Mục</h2><p>Đoạn <a href="/tin-tuc">một</a> &amp; <strong>hai</strong></p><ul><li>Một</li></ul><figure><img src="/media/x.webp" alt="x"><figcaption>Chú thích</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table>'
  assert.equal(sanitizeArticleBody(body), '<h2>Mục</h2><p>Đoạn <a href="/tin-tuc">một</a> &amp; <strong>hai</strong></p><ul><li>Một</li></ul><figure><img src="/media/x.webp" alt="x" loading="lazy" decoding="async" /><figcaption>Chú thích</figcaption></figure><table><tbody><tr><td>1</td></tr></tbody></table>')
})

test('YouTube videos without a poster are found, and given one', () => {
  const body = sanitizeArticleBody('<figure class="youtube" data-youtube="dQw4w9WgXcQ"><a href="#">Xem video</a></figure><figure class="youtube" data-youtube="aaaaaaaaaaa"><a href="#"><img src="/media/p.webp" alt="p"></a></figure>')
  assert.deepEqual(youtubeIdsWithoutPoster(body), [{ id: 'dQw4w9WgXcQ', caption: '' }])
  const withPoster = withYoutubePosters(body, new Map([['dQw4w9WgXcQ', { src: '/media/q-480.webp', srcset: '/media/q-480.webp 480w', width: 480, height: 360, alt: 'Video: Xem video' }]]))
  assert.deepEqual(youtubeIdsWithoutPoster(withPoster), [])
  assert.match(withPoster, /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"[^>]*><img src="\/media\/q-480\.webp" alt="Video: Xem video" width="480" height="360" srcset=/)
  assert.equal(sanitizeArticleBody(withPoster), withPoster, 'what the poster step writes passes the sanitizer unchanged')
  assert.ok(hasInteractiveMedia(withPoster) && hasBodyMedia(withPoster))
  assert.ok(!hasInteractiveMedia('<figure class="video"></figure>') && hasBodyMedia('<figure class="video"></figure>'))
})
