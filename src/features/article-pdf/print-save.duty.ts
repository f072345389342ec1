import type { DutyCheck } from '../../platform/compliance/index.ts'
import type { ContentSources } from '../../platform/content/index.ts'
import { articlePdfUrl } from './article-pdf.service.ts'

// Print and save are built into the pages, not set up: every reader's page has a print
// stylesheet (menus, sidebars and forms left out), an article offers "Tải về (PDF)" made here,
// a document its attached file. Nothing in the data can turn them off, so the duty is met by
// design; the line links to the newest article to try both.
export function printSaveDuty(sources: ContentSources): DutyCheck {
  return {
    duty: 'print-save',
    async check() {
      const [newest] = (await sources.get('article')?.newest({ limit: 1 })) ?? []
      return {
        state: 'met',
        detail: 'Theo thiết kế: mọi trang có bản in riêng (lệnh In của trình duyệt), mỗi bài viết có nút “Tải về (PDF)”, mỗi văn bản có tệp đính kèm để tải; không cần thiết lập.',
        href: newest ? newest.address : '/',
        ...(newest ? { items: [{ label: `Thử tải về bài “${newest.title}” (PDF)`, href: articlePdfUrl(newest.id) }] } : {}),
      }
    },
  }
}
