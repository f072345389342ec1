export { articlePdfModule } from './article-pdf.module.ts'
export { articlePdfUrl } from './article-pdf.service.ts'
