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
