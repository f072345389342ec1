import type { Db } from '../../src/platform/db/connect.ts'

// Hỏi đáp in tests: a citizen's question posted as the form posts it, each from its own address
// unless one is given (so the comment forms' rate limits stay out of the way).

let citizen = 0

export async function firstTopicId(db: Db): Promise<string> {
  const row = await db.selectFrom('question_topics').select('id').orderBy('position').executeTakeFirstOrThrow()
  return String(row.id)
}

export async function askQuestion(app: { inject: (o: any) => Promise<any> }, fields: Record<string, string>, options: { ip?: string; json?: boolean } = {}) {
  const ip = options.ip ?? `198.19.${Math.floor(++citizen / 250)}.${(citizen % 250) + 1}`
  const res = await app.inject({
    method: 'POST', url: '/hoi-dap/dat-cau-hoi',
    payload: new URLSearchParams({
      name: 'Nguyễn Thị Hoa', email: 'hoa@example.vn', phone: '', title: 'Thủ tục đăng ký tạm trú online thế nào?',
      body: 'Tôi mới chuyển đến thuê nhà. Có đăng ký tạm trú qua mạng được không?', publicName: 'initials', consent: '1', ...fields,
    }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip, accept: options.json ? 'application/json' : 'text/html' },
  })
  return res as { statusCode: number; body: string; headers: Record<string, unknown>; json(): any }
}

/** The tracking code a received page shows. */
export const codeIn = (body: string) => /HD-\d{4}-\d{6}/.exec(body)?.[0]

/** The look-up form posted, to /tra-cuu or (url) its English page /en/track. */
export async function lookUp(app: { inject: (o: any) => Promise<any> }, code: string, contact: string, ip = '203.0.113.9', url = '/tra-cuu') {
  return app.inject({
    method: 'POST', url, payload: new URLSearchParams({ code, contact }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
  }) as Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>
}

/** Every letter queued so far delivered (a change also wakes the delivery job in the background, so one run may find them taken). */
export async function deliverAll(portal: { db: Db; jobs: { runNow(name: string): Promise<unknown> } }): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await portal.jobs.runNow('mail.deliver')
    const left = await portal.db.selectFrom('mail_outbox').select('id').where('state', 'in', ['waiting', 'sending']).execute()
    if (left.length === 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('mail still waiting after 100 runs')
}

/** The ask form as a browser posts it with a file chosen (multipart/form-data), to the Vietnamese or English address. */
export async function askWithFile(
  app: { inject: (o: any) => Promise<any> }, fields: Record<string, string>, file: { name: string; bytes: Buffer; type?: string } | undefined,
  options: { url?: string; ip?: string } = {},
) {
  const ip = options.ip ?? `198.18.${Math.floor(++citizen / 250)}.${(citizen % 250) + 1}`
  const boundary = '----toasoan-test-boundary'
  const all = {
    name: 'Nguyễn Thị Hoa', email: 'hoa@example.vn', phone: '', title: 'Thủ tục đăng ký tạm trú online thế nào?',
    body: 'Tôi mới chuyển đến thuê nhà. Có đăng ký tạm trú qua mạng được không?', publicName: 'initials', consent: '1', ...fields,
  }
  const parts: Buffer[] = Object.entries(all).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  // A browser sends the file input even when nothing is chosen: a part with an empty name.
  const chosen = file ?? { name: '', bytes: Buffer.alloc(0), type: 'application/octet-stream' }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="attachment"; filename="${chosen.name}"\r\nContent-Type: ${chosen.type ?? 'application/octet-stream'}\r\n\r\n`), chosen.bytes, Buffer.from(`\r\n--${boundary}--\r\n`))
  return app.inject({
    method: 'POST', url: options.url ?? '/hoi-dap/dat-cau-hoi', payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-forwarded-for': ip, accept: 'text/html' },
  }) as Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>
}

/** An answered, approved question straight in the tables (for lists and pages; the workflow has its own tests). */
export async function publishedQuestion(db: Db, fields: { title: string; topicId?: number; faq?: boolean; at: Date; answer?: string }): Promise<{ id: number; slug: string }> {
  const topicId = fields.topicId ?? Number(await firstTopicId(db))
  const last = await db.selectFrom('questions').select((eb) => eb.fn.max('sequence').as('n')).executeTakeFirst()
  const sequence = Number(last?.n ?? 0) + 1
  const at = fields.at.toISOString()
  const row = await db.insertInto('questions').values({
    code: `HD-2026-${String(sequence).padStart(6, '0')}`, year: 2026, sequence, topic_id: topicId, title: fields.title, body: `${fields.title} Xin hỏi.`,
    public_name: 'Bạn đọc', asker_name: 'Bạn đọc', email: '', phone: '0912000000', address: '', lang: 'vi', status: 'answered', due_on: '2026-12-31',
    answer_html: fields.answer ?? '<p>Trả lời.</p>', slug: `cau-hoi-${sequence}`, published_at: at, is_faq: fields.faq ? 1 : 0,
    received_at: at, consented_at: at, closed_at: at, updated_at: at,
  }).returning(['id', 'slug']).executeTakeFirstOrThrow()
  return { id: row.id, slug: row.slug! }
}
