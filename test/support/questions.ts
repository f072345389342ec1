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

export async function lookUp(app: { inject: (o: any) => Promise<any> }, code: string, contact: string, ip = '203.0.113.9') {
  return app.inject({
    method: 'POST', url: '/tra-cuu', payload: new URLSearchParams({ code, contact }).toString(),
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
