import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePage, textOf } from '../../../test/support/html.ts'
import { TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'
import { solveChallenge } from '../comments/index.ts'
import type { ResultsShown } from './poll.ts'
import { findPollBySlug, insertPoll } from './poll.repository.ts'

// A reader's vote, on both databases: one per reader, closing on time, who sees the counts.

const HOUR = 3600_000

async function aPoll(portal: TestPortal, now: Date, o: { slug?: string; multiple?: boolean; resultsShown?: ResultsShown; closesInMs?: number } = {}) {
  const slug = o.slug ?? 'dich-vu-cong'
  await insertPoll(portal.db, {
    slug, question: 'Bạn đã dùng dịch vụ công trực tuyến chưa?', multiple: o.multiple ?? false,
    opensAt: new Date(now.getTime() - HOUR), closesAt: new Date(now.getTime() + (o.closesInMs ?? 2 * HOUR)), resultsShown: o.resultsShown ?? 'after-vote',
    choices: ['Đã dùng', 'Chưa dùng', 'Chưa biết'],
  }, now)
  return (await findPollBySlug(portal.db, slug))!
}

interface Voter { ip?: string; ua?: string; cookie?: string }

function vote(portal: TestPortal, slug: string, choices: readonly number[], who: Voter = {}, extra: Record<string, string> = {}) {
  const form = new URLSearchParams(extra)
  for (const c of choices) form.append('choice', String(c))
  return portal.app.inject({
    method: 'POST', url: `/binh-chon/${slug}/bieu-quyet`, payload: form.toString(), remoteAddress: who.ip ?? '203.0.113.7',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': who.ua ?? 'Firefox 130', ...(who.cookie ? { cookie: who.cookie } : {}) },
  })
}

const counts = async (portal: TestPortal, slug: string) => {
  const poll = (await findPollBySlug(portal.db, slug))!
  return { voters: poll.voters, votes: poll.choices.map((c) => c.votes) }
}

test('one vote per reader: the same address and browser are refused, another browser at that address is counted, and the browser\'s mark is kept on the vote path only', async () => {
  const clock = new TestClock()
  const portal = await buildTestPortal({ clock })
  try {
    const poll = await aPoll(portal, clock.now())
    const [yes, no] = poll.choices.map((c) => c.id) as [number, number]
    const first = await vote(portal, poll.slug, [yes])
    assert.equal(first.statusCode, 303)
    assert.equal(first.headers.location, '/binh-chon/dich-vu-cong/bieu-quyet?da-gui=1')
    const mark = String(first.headers['set-cookie'])
    assert.match(mark, /^da-binh-chon=1; Path=\/binh-chon\/dich-vu-cong\/bieu-quyet; Max-Age=\d+; HttpOnly; SameSite=Lax$/)
    const thanks = parsePage((await portal.app.inject({ url: first.headers.location, remoteAddress: '203.0.113.7', headers: { 'user-agent': 'Firefox 130', cookie: 'da-binh-chon=1' } })).body)
    assert.equal(textOf(thanks, '.poll-message'), 'Cảm ơn bạn đã bình chọn.')
    assert.match(textOf(thanks, '.poll-voters'), /^1 người đã bình chọn$/)

    const again = await vote(portal, poll.slug, [no])
    assert.equal(again.statusCode, 409, 'same address and browser, no cookie (cleared)')
    assert.match(textOf(parsePage(again.body), '.poll-message'), /chỉ bình chọn một lần/)
    assert.equal((await vote(portal, poll.slug, [no], { ua: 'Chrome 131', cookie: 'da-binh-chon=1' })).statusCode, 409, 'the browser\'s mark, another address or browser')
    assert.equal((await vote(portal, poll.slug, [no], { ua: 'Chrome 131' })).statusCode, 303, 'a colleague on the same office address')
    assert.equal((await vote(portal, poll.slug, [no], { ip: '198.51.100.4' })).statusCode, 303, 'another address, same browser make')
    assert.deepEqual(await counts(portal, poll.slug), { voters: 3, votes: [1, 2, 0] })

    const marks = await portal.db.selectFrom('poll_voters').select(['voter', 'day']).execute()
    assert.equal(marks.length, 3)
    for (const m of marks) {
      assert.doesNotMatch(m.voter, /203|198|Firefox|Chrome/, 'a mark never holds the address or the browser')
      assert.equal(m.day, '2026-11-29')
    }
    // The next day's key differs, but the earlier day's marks are still checked.
    clock.advance(20 * HOUR)
    await portal.db.updateTable('polls').set({ closes_at: new Date(clock.now().getTime() + HOUR).toISOString() }).execute()
    portal.events.emit('polls.changed', { pollId: poll.id })
    assert.equal((await vote(portal, poll.slug, [yes])).statusCode, 409, 'the same reader the next day')
    assert.equal((await portal.db.selectFrom('poll_voter_keys').select('day').execute()).length, 2)
  } finally {
    await portal.close()
  }
})

test('a poll of several choices counts each ticked choice once and the reader once; a poll of one refuses two', async () => {
  const clock = new TestClock()
  const portal = await buildTestPortal({ clock })
  try {
    const several = await aPoll(portal, clock.now(), { slug: 'nhieu', multiple: true })
    const [a, , c] = several.choices.map((x) => x.id) as [number, number, number]
    assert.equal((await vote(portal, 'nhieu', [a, c, c])).statusCode, 303)
    assert.equal((await vote(portal, 'nhieu', [c], { ip: '198.51.100.9' })).statusCode, 303)
    assert.deepEqual(await counts(portal, 'nhieu'), { voters: 2, votes: [1, 0, 2] })
    const page = parsePage((await portal.app.inject({ url: '/binh-chon/nhieu/bieu-quyet', remoteAddress: '203.0.113.7', headers: { 'user-agent': 'Firefox 130' } })).body)
    assert.match(textOf(page, '.poll-results'), /Đã dùng\s+50%.*1 phiếu.*Chưa biết\s+100%.*2 phiếu/s, 'the share of readers, not of votes')

    const one = await aPoll(portal, clock.now(), { slug: 'mot' })
    const [x, y] = one.choices.map((o) => o.id) as [number, number]
    const both = await vote(portal, 'mot', [x, y])
    assert.equal(both.statusCode, 422)
    assert.equal(textOf(parsePage(both.body), '.poll-form .field-error'), 'Cuộc bình chọn này chỉ nhận một phương án.')
    const none = await vote(portal, 'mot', [])
    assert.equal(textOf(parsePage(none.body), '.poll-form .field-error'), 'Xin chọn một phương án.')
    const foreign = await vote(portal, 'mot', [a])
    assert.equal(foreign.statusCode, 422, 'another poll\'s choice')
    assert.deepEqual(await counts(portal, 'mot'), { voters: 0, votes: [0, 0, 0] }, 'nothing counted, no mark left')
    assert.equal((await vote(portal, 'mot', [y])).statusCode, 303, 'the reader may still vote properly')
  } finally {
    await portal.close()
  }
})

test('a poll closes on time: after closes_at a vote is refused and, once the job has run, the cached page shows the results instead of the form', async () => {
  const clock = new TestClock()
  const portal = await buildTestPortal({ clock })
  try {
    const poll = await aPoll(portal, clock.now(), { closesInMs: 10 * 60_000, resultsShown: 'after-close' })
    await portal.jobs.runNow('polls.open-close')
    const base = await portal.listen()
    const open = parsePage(await (await fetch(`${base}/binh-chon/${poll.slug}`)).text())
    assert.ok(open.querySelector('form.poll-form'), 'open: the form')
    assert.equal(open.querySelector('.poll-results'), null)
    assert.ok(portal.cache.get(`/binh-chon/${poll.slug}`), 'the poll page is cached')
    assert.ok(parsePage(await (await fetch(`${base}/`)).text()).querySelector('aside.sidebar .poll-block form.poll-form'), 'the sidebar block offers the poll')

    assert.equal((await vote(portal, poll.slug, [poll.choices[1]!.id])).statusCode, 303)
    clock.advance(10 * 60_000)
    const late = await vote(portal, poll.slug, [poll.choices[0]!.id], { ip: '198.51.100.9' })
    assert.equal(late.statusCode, 403, 'closes_at itself is closed')
    assert.equal(textOf(parsePage(late.body), '.poll-message'), 'Cuộc bình chọn này đã kết thúc; phiếu không được nhận nữa.')
    assert.deepEqual(await counts(portal, poll.slug), { voters: 1, votes: [0, 1, 0] })

    await portal.jobs.runNow('polls.open-close')
    const closed = parsePage(await (await fetch(`${base}/binh-chon/${poll.slug}`)).text())
    assert.equal(closed.querySelector('form.poll-form'), null, 'the form is gone')
    assert.match(textOf(closed, '.poll-results'), /Chưa dùng\s+100%/)
    assert.match(textOf(closed, '.poll-times'), /^Đã kết thúc lúc/)
    assert.equal(parsePage(await (await fetch(`${base}/`)).text()).querySelector('.poll-block'), null, 'the block leaves the sidebar')
  } finally {
    await portal.close()
  }
})

test('results: "after voting" shows them to a reader who voted only; "after closing" to nobody until it closes', async () => {
  const clock = new TestClock()
  const portal = await buildTestPortal({ clock })
  try {
    const afterVote = await aPoll(portal, clock.now(), { slug: 'sau-khi-bau' })
    const afterClose = await aPoll(portal, clock.now(), { slug: 'sau-khi-dong', resultsShown: 'after-close' })
    const look = async (slug: string, who: Voter = {}) => parsePage((await portal.app.inject({
      url: `/binh-chon/${slug}/bieu-quyet`, remoteAddress: who.ip ?? '203.0.113.7', headers: { 'user-agent': who.ua ?? 'Firefox 130', ...(who.cookie ? { cookie: who.cookie } : {}) },
    })).body)

    assert.equal((await look('sau-khi-bau')).querySelector('.poll-results'), null, 'not before voting')
    assert.equal(textOf(await look('sau-khi-bau'), '.poll-later'), 'Kết quả hiển thị sau khi bạn bình chọn.')
    await vote(portal, 'sau-khi-bau', [afterVote.choices[0]!.id])
    assert.ok((await look('sau-khi-bau')).querySelector('.poll-results'), 'after voting (known by address and browser)')
    assert.ok((await look('sau-khi-bau', { ip: '198.51.100.1', ua: 'Điện thoại', cookie: 'da-binh-chon=1' })).querySelector('.poll-results'), 'after voting (known by the browser\'s mark)')
    assert.equal((await look('sau-khi-bau', { ip: '198.51.100.1' })).querySelector('.poll-results'), null, 'another reader')
    const cached = parsePage((await portal.app.inject(`/binh-chon/sau-khi-bau`)).body)
    assert.equal(cached.querySelector('.poll-results'), null, 'the shared page never shows counts while open')

    await vote(portal, 'sau-khi-dong', [afterClose.choices[0]!.id])
    assert.equal((await look('sau-khi-dong')).querySelector('.poll-results'), null, 'not even to a voter while open')
    assert.match(textOf(await look('sau-khi-dong'), '.poll-later'), /Kết quả được công bố khi cuộc bình chọn kết thúc/)
    clock.advance(3 * 3600_000)
    assert.ok((await look('sau-khi-dong', { ip: '198.51.100.1' })).querySelector('.poll-results'), 'to everyone once closed')
  } finally {
    await portal.close()
  }
})

test('the poll page, the list and the block set no cookie and are cached; the vote answer is never cached', async () => {
  const clock = new TestClock()
  const portal = await buildTestPortal({ clock })
  try {
    const poll = await aPoll(portal, clock.now())
    const base = await portal.listen()
    for (const path of ['/', '/binh-chon', `/binh-chon/${poll.slug}`]) {
      for (let i = 0; i < 2; i++) {
        const response = await fetch(base + path)
        assert.equal(response.status, 200, path)
        assert.equal(response.headers.get('set-cookie'), null, `${path} sets no cookie`)
        assert.match(response.headers.get('cache-control') ?? '', /public/, path)
      }
      assert.ok(portal.cache.get(path), `${path} is kept in the page cache`)
    }
    const voted = await fetch(`${base}/binh-chon/${poll.slug}/bieu-quyet`, { method: 'POST', redirect: 'manual', body: new URLSearchParams({ choice: String(poll.choices[0]!.id) }) })
    assert.equal(voted.status, 303)
    assert.equal(voted.headers.get('cache-control'), 'no-store')
    const results = await fetch(`${base}/binh-chon/${poll.slug}/bieu-quyet`)
    assert.equal(results.headers.get('cache-control'), 'no-store')
    assert.equal(portal.cache.get(`/binh-chon/${poll.slug}/bieu-quyet`), undefined)
    assert.ok(portal.cache.get(`/binh-chon/${poll.slug}`), 'a vote purges nothing: the poll page is still cached')
    assert.ok(portal.cache.get('/'), 'nor the home page')
    const crossSite = await fetch(`${base}/binh-chon/${poll.slug}/bieu-quyet`, { method: 'POST', redirect: 'manual', headers: { 'sec-fetch-site': 'cross-site', 'user-agent': 'khác' }, body: new URLSearchParams({ choice: String(poll.choices[0]!.id) }) })
    assert.equal(crossSite.status, 403, 'a vote posted from another site')
  } finally {
    await portal.close()
  }
})

test('an address that votes fast must pass the challenge, which works once', async () => {
  const clock = new TestClock()
  const portal = await buildTestPortal({ clock })
  try {
    const poll = await aPoll(portal, clock.now())
    const choice = poll.choices[0]!.id
    for (const ua of ['Máy 1', 'Máy 2', 'Máy 3']) assert.equal((await vote(portal, poll.slug, [choice], { ua })).statusCode, 303, ua)
    const asked = await vote(portal, poll.slug, [choice], { ua: 'Máy 4' })
    assert.equal(asked.statusCode, 422)
    const page = parsePage(asked.body)
    assert.match(textOf(page, '.poll-form .field-error'), /câu hỏi kiểm tra/)
    assert.match(textOf(page, '.challenge label'), /cộng .* bằng mấy\? \(viết bằng số\)$/)
    assert.equal((page.querySelector('input[name="choice"][checked]') as HTMLInputElement).value, String(choice), 'the reader\'s choice stays ticked')
    const token = (page.querySelector('input[name="challenge"]') as HTMLInputElement).value
    const wrong = await vote(portal, poll.slug, [choice], { ua: 'Máy 4' }, { challenge: token, answer: '99' })
    assert.match(textOf(parsePage(wrong.body), '.poll-form .field-error'), /chưa đúng/)
    const nonce = solveChallenge(token, 16)
    assert.equal((await vote(portal, poll.slug, [choice], { ua: 'Máy 4' }, { challenge: token, nonce })).statusCode, 303)
    const reused = await vote(portal, poll.slug, [choice], { ua: 'Máy 5' }, { challenge: token, nonce })
    assert.match(textOf(parsePage(reused.body), '.poll-form .field-error'), /đã được dùng/)
    assert.equal((await vote(portal, poll.slug, [choice], { ip: '198.51.100.2', ua: 'Máy 5' })).statusCode, 303, 'another address is not asked')
    assert.deepEqual((await counts(portal, poll.slug)).voters, 5)
  } finally {
    await portal.close()
  }
})

test('200 readers voting at once are all counted, exactly', async () => {
  const clock = new TestClock()
  const portal = await buildTestPortal({ clock })
  try {
    const poll = await aPoll(portal, clock.now(), { multiple: true })
    const [a, b, c] = poll.choices.map((x) => x.id) as [number, number, number]
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) =>
      vote(portal, poll.slug, i % 2 === 0 ? [a, b] : [c], { ip: `10.1.${Math.floor(i / 250)}.${i % 250}`, ua: `Bạn đọc ${i}` })))
    assert.deepEqual([...new Set(answers.map((r) => r.statusCode))], [303])
    // The same 50 readers again, at once: every one refused.
    const repeats = await Promise.all(Array.from({ length: 50 }, (_, i) => vote(portal, poll.slug, [c], { ip: `10.1.0.${i}`, ua: `Bạn đọc ${i}` })))
    assert.deepEqual([...new Set(repeats.map((r) => r.statusCode))], [409])
    assert.deepEqual(await counts(portal, poll.slug), { voters: 200, votes: [100, 100, 100] })
  } finally {
    await portal.close()
  }
})
