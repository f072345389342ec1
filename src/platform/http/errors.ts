// A few errors with stable codes; one handler (see app.ts) turns them into a page or JSON.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What a Vietnamese reader is told. */
    readonly messageVi: string,
  ) {
    super(message)
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Not found', messageVi = 'Không tìm thấy trang bạn yêu cầu.') {
    super(404, 'not_found', message, messageVi)
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, messageVi = 'Yêu cầu không hợp lệ.', code = 'bad_request') {
    super(400, code, message, messageVi)
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Forbidden', messageVi = 'Bạn không có quyền thực hiện việc này.') {
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
