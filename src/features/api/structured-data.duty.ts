import type { DutyCheck } from '../../platform/compliance/index.ts'

// Circular 22/2023: information kept as structured data and shared as web services. Every kind
// of content is stored in its own typed tables and served as JSON under /api/v1, described by
// an OpenAPI document: built in, nothing to set up, so met by design.
export const structuredDataDuty: DutyCheck = {
  duty: 'structured-data',
  check: async () => ({
    state: 'met',
    detail: 'Theo thiết kế: chuyên mục, bài viết, văn bản, tìm kiếm… được lưu thành dữ liệu có cấu trúc và chia sẻ dạng JSON tại /api/v1, mô tả theo chuẩn OpenAPI.',
    href: '/api/v1/openapi.json',
  }),
}
