// Phản ánh, kiến nghị in tests: a citizen's feedback posted as the form posts it (multipart, with
// files), each from its own address unless one is given (so the forms' rate limits stay out of the way).

let citizen = 0

/** The bytes of a one-pixel PNG: a real image, as the documents register judges files. */
export const PNG_PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

export interface SentFile {
  name: string
  type: string
  bytes: Buffer
}

export function multipartBody(fields: Record<string, string>, files: readonly SentFile[]): { body: Buffer; contentType: string } {
  const boundary = `----toasoan${Math.random().toString(16).slice(2)}`
  const parts: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  }
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`), f.bytes, Buffer.from('\r\n'))
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

export async function sendFeedback(app: { inject: (o: any) => Promise<any> }, fields: Record<string, string> = {}, files: readonly SentFile[] = [], options: { ip?: string } = {}) {
  const ip = options.ip ?? `198.18.${Math.floor(++citizen / 250)}.${(citizen % 250) + 1}`
  const { body, contentType } = multipartBody({
    name: 'Trần Văn Bình', email: 'binh@example.vn', phone: '', title: 'Đèn đường hỏng trên đường Lê Lợi',
    body: 'Năm cột đèn liền nhau không sáng đã hơn một tuần.', place: 'Đường Lê Lợi, trước chợ', happenedOn: '2026-11-30',
    unit: 'Ban Quản lý dự án phường', consent: '1', ...fields,
  }, files)
  const res = await app.inject({ method: 'POST', url: '/phan-anh/gui', payload: body, headers: { 'content-type': contentType, 'x-forwarded-for': ip } })
  return res as { statusCode: number; body: string; headers: Record<string, unknown> }
}

/** The tracking code a received page shows. */
export const feedbackCodeIn = (body: string) => /PA-\d{4}-\d{6}/.exec(body)?.[0]
