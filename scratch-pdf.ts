import { writeFileSync, mkdirSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import sharp from 'sharp'
import { LocalFolderStorage } from './src/platform/storage/index.ts'
import { articleBlocks } from './src/features/article-pdf/article-blocks.ts'
import { imagesOf, loadPdfImages } from './src/features/article-pdf/pdf-images.ts'
import { PdfRenderer } from './src/features/article-pdf/pdf-renderer.ts'
import { sanitizeArticleBody } from './src/features/articles/index.ts'
const storage = new LocalFolderStorage('/tmp/pdfp/media')
mkdirSync('/tmp/pdfp/media/uploads', { recursive: true })
await storage.put('uploads/a-1600.webp', await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#c33' } }).webp().toBuffer(), 'image/webp')
const para = '<p>Hội nghị tổng kết công tác <strong>Dân vận</strong> năm 2020 của Đảng bộ tỉnh Bình Định, triển khai <em>Nghị quyết</em> của Quốc hội về Đồng bào các dân tộc thiểu số; <a href="/tin-tuc">xem thêm</a> tại https://www.example.gov.vn/rat-dai/duong-dan-rat-dai-khong-co-cho-ngat-dong-nao-ca-het-aaaaaaaaaaaaaaaaaaaaaaaaaaaaa.</p>'
const small = `<h2>Quốc hội thông qua Nghị quyết</h2>${para}<ul><li>Một ý quan trọng</li><li>Hai: <b>Đồng</b> lòng<ul><li>lồng nhau</li></ul></li></ul><ol><li>Thứ nhất</li><li>Thứ hai</li></ol><blockquote><p>Trích dẫn: “Dân biết, dân bàn, dân làm, dân kiểm tra”.</p></blockquote><table><thead><tr><th>Chỉ tiêu</th><th>Kết quả</th><th>Ghi chú</th></tr></thead><tbody><tr><td>Số hộ được hỗ trợ</td><td>1.234</td><td>Vượt kế hoạch</td></tr><tr><td>Kinh phí</td><td>5 tỷ đồng</td><td></td></tr></tbody></table><figure><img src="/media/uploads/a-1600.webp" alt="Ảnh hội nghị"><figcaption>Quang cảnh hội nghị tại Quy Nhơn</figcaption></figure><div class="gallery"><figure><img src="/media/uploads/a-1600.webp" alt="A"><figcaption>Ảnh một</figcaption></figure><figure><img src="/media/uploads/a-1600.webp" alt="B"><figcaption>Ảnh hai</figcaption></figure></div><figure class="youtube" data-youtube="dQw4w9WgXcQ"><a href="x">Xem video</a><figcaption>Phóng sự</figcaption></figure><figure><img src="https://other.example/x.jpg" alt="Ảnh ngoài"></figure><hr><p>Kết thúc.</p>`
const big = small + para.repeat(400)
const renderer = new PdfRenderer()
for (const [name, html] of [['small', small], ['big', big], ['small', small], ['big', big]] as const) {
  const h = monitorEventLoopDelay({ resolution: 1 }); h.enable()
  const bodyHtml = sanitizeArticleBody(html)
  const t0 = performance.now()
  const blocks = articleBlocks(bodyHtml, (h) => new URL(h, 'https://dv.example.vn').href)
  const t1 = performance.now()
  const lead = { src: '/media/uploads/a-1600.webp', srcset: undefined, alt: 'x' }
  const images = await loadPdfImages(storage, undefined, imagesOf(lead, blocks), console)
  const pdf = await renderer.render({ article: { siteName: 'Ban Dân vận Tỉnh ủy Bình Định', category: 'Dân vận', title: 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021', dateText: 'Thứ Hai, 11/01/2021 08:00', byline: 'Bài và ảnh: Nguyễn Văn A', sourceNote: '', lead: 'Sáng 11/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2020.', leadImage: { ref: lead, caption: 'Ảnh đại diện' }, blocks, url: 'https://dv.example.vn/tin-tuc/dan-van/hoi-nghi', updatedAt: new Date('2021-01-11'), keywords: ['dân vận'] },
    images, words: { address: 'Địa chỉ: ', page: 'Trang {n}/{total}', photo: 'Ảnh {index}/{count}.', video: 'Video:', missingImage: '[Ảnh: {alt}]' } })
  h.disable()
  console.log(name, 'parse ms', (t1 - t0).toFixed(1), 'total ms', (performance.now() - t0).toFixed(1), 'loop delay max', (h.max / 1e6).toFixed(1), 'bytes', pdf.length)
  writeFileSync(`/tmp/pdfp/${name}.pdf`, pdf)
}
await renderer.close()
