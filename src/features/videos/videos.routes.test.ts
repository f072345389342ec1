import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { after, before, test } from 'node:test'
import { createArticle, createCategory } from '../../../test/support/factories.ts'
import { parsePage } from '../../../test/support/html.ts'
import { jpegOf } from '../../../test/support/media.ts'
import { createUser, csrfOf, signIn } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// A stand-in for i.ytimg.com (the network is not reachable in tests): YOUTUBE_POSTER_URL points here.
let posters: Server
const posterRequests: string[] = []
let portal: TestPortal
let categoryId: number
const REPORTER = 'phongvien@example.vn'
let cookie: string
let csrf: string

before(async () => {
  const picture = await jpegOf(480, 360, '#a22')
  posters = createServer((req, res) => {
    posterRequests.push(req.url!)
    if (req.url === '/vi/dQw4w9WgXcQ/hqdefault.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(picture)
    else res.writeHead(404).end()
  })
  await new Promise<void>((done) => posters.listen(0, '127.0.0.1', done))
  const { port } = posters.address() as AddressInfo
  portal = await buildTestPortal({ env: { YOUTUBE_POSTER_URL: `http://127.0.0.1:${port}/vi/{id}/hqdefault.jpg` } })
  categoryId = await createCategory(portal, 'Dân vận')
  await createUser(portal.db, 'reporter', REPORTER, [categoryId])
  cookie = (await signIn(portal.app, REPORTER)).cookie
  csrf = await csrfOf(portal.app, cookie)
})
after(async () => {
  await portal.close()
  await new Promise((done) => posters.close(done))
})

/** An MP4's first box as an encoder writes it (`ftyp`, brand isom), then some media data. */
const mp4 = (brand = 'isom') => Buffer.concat([
  Buffer.from([0, 0, 0, 0x20]), Buffer.from(`ftyp${brand}`, 'latin1'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41', 'latin1'),
  Buffer.from([0, 0, 0, 0x10]), Buffer.from('mdat', 'latin1'), Buffer.alloc(8, 7),
])

async function upload(url: string, name: string, bytes: Buffer, type: string, headers: Record<string, string> = { 'x-csrf-token': csrf }) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  const body = new Response(form)
  return portal.app.inject({
    method: 'POST', url, payload: Buffer.from(await body.arrayBuffer()),
    headers: { 'content-type': body.headers.get('content-type')!, cookie, ...headers },
  })
}

test('an MP4 is kept as uploaded, served as video/mp4, recorded and audited', async () => {
  const bytes = mp4()
  const res = await upload('/toa-soan/video.json', 'Phóng sự.mp4', bytes, 'video/mp4')
  assert.equal(res.statusCode, 201, res.body)
  const answer = res.json()
  assert.match(answer.url, /^\/media\/uploads\/\d{4}\/\d{2}\/[0-9a-f]{24}\.mp4$/)
  const served = await portal.app.inject(answer.url)
  assert.equal(served.statusCode, 200)
  assert.equal(served.headers['content-type'], 'video/mp4')
  assert.ok(served.rawPayload.equals(bytes), 'the same bytes: no transcoding')
  const row = await portal.db.selectFrom('videos').selectAll().where('id', '=', answer.id).executeTakeFirstOrThrow()
  assert.deepEqual([row.kind, row.original_name, row.bytes], ['mp4', 'Phóng sự.mp4', bytes.length])
  const audit = await portal.db.selectFrom('audit_log').select('action').where('item_type', '=', 'video').where('item_id', '=', String(answer.id)).execute()
  assert.deepEqual(audit.map((a) => a.action), ['video.upload'])
})

test('a video reaches the storage streamed from a temporary file, never whole in memory, and the temporary file is removed', async () => {
  const { put } = portal.media
  const temporary = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('toasoan-video-'))
  const before = await temporary()
  portal.media.put = async () => { throw new Error('a video must not be handed to the storage as one Buffer') }
  try {
    const bytes = Buffer.concat([mp4(), Buffer.alloc(3 * 1024 * 1024, 9)])
    const res = await upload('/toa-soan/video.json', 'Lớn.mp4', bytes, 'video/mp4')
    assert.equal(res.statusCode, 201, res.body)
    assert.ok((await portal.app.inject(res.json().url)).rawPayload.equals(bytes))
    const refused = await upload('/toa-soan/video.json', 'video.mp4', Buffer.from('không phải video'), 'video/mp4')
    assert.equal(refused.statusCode, 422)
  } finally {
    portal.media.put = put
  }
  assert.deepEqual(await temporary(), before)
})

test('a video body cut short is a 400 in Vietnamese, never a 500', async () => {
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/video.json', payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.mp4"\r\nContent-Type: video/mp4\r\n\r\n\x00\x00\x00 ftypisom',
    headers: { 'content-type': 'multipart/form-data; boundary=xyz', cookie, 'x-csrf-token': csrf },
  })
  assert.equal(res.statusCode, 400, res.body)
  assert.match(res.json().error.message, /không đầy đủ/)
})

test('the type is judged by the bytes: a text or QuickTime file named .mp4 is refused in Vietnamese, and nothing is stored', async () => {
  const before = await portal.db.selectFrom('videos').select('id').execute()
  for (const bytes of [Buffer.from('Đây không phải video.\n'.repeat(20)), mp4('qt  '), Buffer.from('RIFF\0\0\0\0AVI LIST')]) {
    const res = await upload('/toa-soan/video.json', 'video.mp4', bytes, 'video/mp4')
    assert.equal(res.statusCode, 422)
    assert.equal(res.json().error.code, 'unsupported_type')
    assert.match(res.json().error.message, /không phải video MP4/)
  }
  assert.equal((await portal.db.selectFrom('videos').select('id').execute()).length, before.length)
})

test('captions must be WebVTT and small; an upload without the CSRF token is refused', async () => {
  const ok = await upload('/toa-soan/video/phu-de.json', 'phu-de.vtt', Buffer.from('\ufeffWEBVTT\n\n00:00.000 --> 00:02.000\nXin chào đồng bào\n'), 'text/vtt')
  assert.equal(ok.statusCode, 201, ok.body)
  assert.match(ok.json().url, /\.vtt$/)
  assert.equal((await portal.app.inject(ok.json().url)).headers['content-type'], 'text/vtt; charset=utf-8')
  const srt = await upload('/toa-soan/video/phu-de.json', 'phu-de.vtt', Buffer.from('1\n00:00:00,000 --> 00:00:02,000\nXin chào\n'), 'text/vtt')
  assert.equal(srt.statusCode, 422)
  assert.match(srt.json().error.message, /không phải phụ đề WebVTT/)
  const big = await upload('/toa-soan/video/phu-de.json', 'dai.vtt', Buffer.from('WEBVTT\n\n' + 'x'.repeat(600 * 1024)), 'text/vtt')
  assert.equal(big.statusCode, 413)
  const forged = await upload('/toa-soan/video.json', 'v.mp4', mp4(), 'video/mp4', {})
  assert.equal(forged.statusCode, 403)
  assert.equal(forged.json().error.code, 'forbidden')
})

test('an article shows an uploaded video with controls, preload="none" and its captions track', async () => {
  const { slug } = await createArticle(portal, {
    categoryId, title: 'Video hội nghị',
    bodyHtml: '<figure class="video"><video src="/media/uploads/2026/12/abcdef.mp4" autoplay width="1280" height="720"><track src="/media/uploads/2026/12/abcdef.vtt" srclang="vi" label="Tiếng Việt"></video><figcaption>Toàn cảnh</figcaption></figure>',
  })
  const page = parsePage((await portal.app.inject(`/dan-van/${slug}`)).body)
  const video = page.querySelector('.article-body figure.video video')!
  assert.equal(video.getAttribute('src'), '/media/uploads/2026/12/abcdef.mp4')
  assert.equal(video.getAttribute('preload'), 'none')
  assert.ok(video.hasAttribute('controls'))
  assert.ok(!video.hasAttribute('autoplay'))
  const track = video.querySelector('track')!
  assert.deepEqual([track.getAttribute('kind'), track.getAttribute('src'), track.getAttribute('srclang'), track.getAttribute('label')],
    ['captions', '/media/uploads/2026/12/abcdef.vtt', 'vi', 'Tiếng Việt'])
  assert.ok(page.querySelector('link[rel=stylesheet][href^="/assets/anh-video-"]'), 'the page links the videos\' stylesheet')
  assert.equal(page.querySelector('script[src^="/assets/anh-video-"]'), null, 'and no script: nothing to improve')
})

async function saveNew(bodyHtml: string) {
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/bai-viet', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: csrf, title: 'Phóng sự YouTube', lead: 'Sapo.', bodyHtml, categoryId: String(categoryId), bylineKind: '', bylineName: '' }).toString(),
  })
  assert.equal(res.statusCode, 303, res.body.slice(0, 300))
  const id = Number(/\/toa-soan\/bai-viet\/(\d+)$/.exec(String(res.headers.location))![1])
  return { id, body: async () => (await portal.db.selectFrom('articles').select(['body_html', 'version']).where('id', '=', id).executeTakeFirstOrThrow()) }
}

test('a YouTube video\'s picture is fetched once, when the article is saved, and kept in the media library', async () => {
  posterRequests.length = 0
  const saved = await saveNew('<figure class="youtube" data-youtube="dQw4w9WgXcQ"><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Xem video</a><figcaption>Phóng sự ngày hội</figcaption></figure>')
  assert.deepEqual(posterRequests, ['/vi/dQw4w9WgXcQ/hqdefault.jpg'])
  const { body_html: body, version } = await saved.body()
  const poster = parsePage(`<main>${body}</main>`).querySelector('figure.youtube a img')!
  assert.match(poster.getAttribute('src')!, /^\/media\/uploads\/\d{4}\/\d{2}\/[0-9a-f]{24}-480\.webp$/)
  assert.equal(poster.getAttribute('alt'), 'Video: Phóng sự ngày hội')
  assert.equal((await portal.app.inject(poster.getAttribute('src')!)).headers['content-type'], 'image/webp')
  const media = await portal.db.selectFrom('media').select(['original_name', 'alt', 'width']).where('original_name', '=', 'youtube-dQw4w9WgXcQ.jpg').execute()
  assert.deepEqual(media, [{ original_name: 'youtube-dQw4w9WgXcQ.jpg', alt: 'Video: Phóng sự ngày hội', width: 480 }])
  // Saved again, with the picture in place: nothing is fetched.
  const again = await portal.app.inject({
    method: 'POST', url: `/toa-soan/bai-viet/${saved.id}`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    payload: new URLSearchParams({ _csrf: csrf, version: String(version), title: 'Phóng sự YouTube', lead: 'Sapo.', bodyHtml: body, categoryId: String(categoryId), bylineKind: '', bylineName: '' }).toString(),
  })
  assert.equal(again.statusCode, 303, again.body.slice(0, 300))
  assert.deepEqual(posterRequests, ['/vi/dQw4w9WgXcQ/hqdefault.jpg'])
})

test('when the picture cannot be fetched the article is saved anyway, the video a plain link to YouTube', async () => {
  posterRequests.length = 0
  const saved = await saveNew('<figure class="youtube" data-youtube="aaaaaaaaaaa"><a href="https://www.youtube.com/watch?v=aaaaaaaaaaa">Xem video trên YouTube</a></figure>')
  assert.deepEqual(posterRequests, ['/vi/aaaaaaaaaaa/hqdefault.jpg'])
  const { body_html: body } = await saved.body()
  assert.equal(body, '<figure class="youtube" data-youtube="aaaaaaaaaaa"><a href="https://www.youtube.com/watch?v=aaaaaaaaaaa" rel="noopener noreferrer" target="_blank">Xem video trên YouTube</a></figure>')
})
