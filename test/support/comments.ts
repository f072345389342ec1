import { solveChallenge } from '../../src/features/comments/challenge.ts'

interface Injectable {
  inject(options: { method: 'GET' | 'POST'; url: string; headers?: Record<string, string>; payload?: string }): Promise<{
    statusCode: number; headers: Record<string, string | string[] | number | undefined>; body: string
  }>
}

export interface CommentFields {
  name?: string
  email?: string
  body?: string
  replyTo?: string
  website?: string
  challenge?: string
  nonce?: string
  answer?: string
}

let readerNumber = 0

/** Posts the reader's form as a browser would, from its own address unless one is given. */
export async function postComment(app: Injectable, articleId: number, fields: CommentFields, options: { ip?: string; json?: boolean; headers?: Record<string, string> } = {}) {
  const ip = options.ip ?? `203.0.113.${(++readerNumber % 250) + 1}`
  const payload = new URLSearchParams({ name: 'Nguyễn Văn An', email: 'an@example.vn', body: 'Ý kiến thử.', ...fields } as Record<string, string>).toString()
  const res = await app.inject({
    method: 'POST', url: `/y-kien/${articleId}`, payload,
    headers: {
      'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip, 'user-agent': 'Trình duyệt thử',
      ...(options.json ? { accept: 'application/json' } : { accept: 'text/html' }), ...options.headers,
    },
  })
  return { ...res, json: () => JSON.parse(res.body) as Record<string, any> }
}

/** What the reader's script does when asked for a challenge. */
export function solved(token: string, bits: number): { challenge: string; nonce: string } {
  return { challenge: token, nonce: solveChallenge(token, bits) }
}
