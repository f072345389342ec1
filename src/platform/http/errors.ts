import { createLocale, phrase, say, type Phrase } from '../i18n/index.ts'
import { httpMessages } from './messages.ts'

const vietnamese = createLocale('vi')

// A few errors with stable codes; one handler (see app.ts) turns them into a page or JSON.
export class AppError extends Error {
  /** What a Vietnamese reader is told. */
  readonly messageVi: string
  /** The same, from a catalogue: a page in another language says it in that language. */
  readonly phrase: Phrase | undefined

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    messageVi: string | Phrase,
  ) {
    super(message)
    this.messageVi = typeof messageVi === 'string' ? messageVi : say(vietnamese, messageVi)
    this.phrase = typeof messageVi === 'string' ? undefined : messageVi
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found', messageVi: string | Phrase = phrase(httpMessages, 'notFound')) {
    super(404, 'not_found', message, messageVi)
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, messageVi: string | Phrase = phrase(httpMessages, 'badRequest'), code = 'bad_request') {
    super(400, code, message, messageVi)
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Forbidden', messageVi: string | Phrase = phrase(httpMessages, 'forbidden')) {
    super(403, 'forbidden', message, messageVi)
  }
}

/** A form that cannot be saved as sent: field name → what to tell the person, in Vietnamese. */
export class ValidationError extends AppError {
  constructor(readonly fields: Record<string, string>) {
    super(422, 'invalid_input', `invalid input: ${Object.keys(fields).join(', ')}`, 'Biểu mẫu có chỗ chưa hợp lệ.')
  }
}

export class InvalidTransitionError extends AppError {
  constructor(message: string, messageVi: string) {
    super(409, 'invalid_transition', message, messageVi)
  }
}
