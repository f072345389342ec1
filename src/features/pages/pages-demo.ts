import type { Db } from '../../platform/db/connect.ts'
import { insertMenuItem, markMenuSaved } from './menu.repository.ts'
import { insertPage } from './page.repository.ts'
import './pages.table.ts'

// The organisation's own pages as a demo portal has them: Giới thiệu with its duties and its
// history under it, and the English "About us". The footer menus link them (the header's menu
// stays the default one: the categories, then the modules' pages).

export async function seedPagesDemo(db: Db, now: Date): Promise<boolean> {
  const any = await db.selectFrom('pages').select('id').limit(1).executeTakeFirst()
  if (any) return false
  const about = await insertPage(db, {
    parentId: null, slug: 'gioi-thieu', slugEn: 'about-us', position: 0, title: 'Giới thiệu',
    bodyHtml: '<p>Ban Dân vận Tỉnh ủy là cơ quan tham mưu, giúp việc của Tỉnh ủy, trực tiếp là Ban Thường vụ và Thường trực Tỉnh ủy, về công tác dân vận.</p><p>Cổng thông tin điện tử của Ban đăng tải tin tức, văn bản và hướng dẫn về công tác dân vận, tiếp nhận ý kiến, phản ánh của người dân.</p>',
    titleEn: 'About us',
    bodyEnHtml: '<p>The Mass Mobilisation Commission advises and assists the Provincial Party Committee, directly its Standing Board, on mass mobilisation work.</p><p>This portal publishes its news, documents and guidance, and receives citizens\' questions and feedback.</p>',
  }, null, now, 'published')
  const duties = await insertPage(db, {
    parentId: about, slug: 'chuc-nang-nhiem-vu', slugEn: '', position: 0, title: 'Chức năng, nhiệm vụ', titleEn: '', bodyEnHtml: '',
    bodyHtml: '<h2>Chức năng</h2><p>Tham mưu cho Tỉnh ủy về chủ trương, chính sách lớn trong công tác dân vận; là cơ quan chuyên môn, nghiệp vụ về công tác dân vận của Tỉnh ủy.</p><h2>Nhiệm vụ</h2><ul><li>Nghiên cứu, đề xuất chủ trương, giải pháp về công tác dân vận.</li><li>Hướng dẫn, kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở.</li><li>Phối hợp với Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội.</li></ul>',
  }, null, now, 'published')
  const history = await insertPage(db, {
    parentId: about, slug: 'lich-su-hinh-thanh', slugEn: '', position: 1, title: 'Lịch sử hình thành', titleEn: '', bodyEnHtml: '',
    bodyHtml: '<p>Ngày 15/10/1930, Trung ương Đảng ra Nghị quyết thành lập các ban vận động quần chúng, tiền thân của ngành Dân vận; ngày này trở thành Ngày truyền thống công tác dân vận của Đảng.</p><p>Ban Dân vận Tỉnh ủy được kiện toàn sau ngày thống nhất đất nước và qua các lần sắp xếp tổ chức bộ máy, gần nhất năm 2025.</p>',
  }, null, now, 'published')
  const items = [
    { lang: 'vi' as const, kind: 'page' as const, target: String(about) },
    { lang: 'vi' as const, kind: 'page' as const, target: String(duties) },
    { lang: 'vi' as const, kind: 'page' as const, target: String(history) },
    { lang: 'vi' as const, kind: 'module' as const, target: '/co-cau-to-chuc' },
    { lang: 'en' as const, kind: 'page' as const, target: String(about) },
    { lang: 'en' as const, kind: 'module' as const, target: '/en/organisation' },
  ]
  for (const [position, item] of items.entries()) await insertMenuItem(db, { ...item, menu: 'footer', parentId: null, position, label: '' }, now)
  for (const lang of ['vi', 'en'] as const) await markMenuSaved(db, 'footer', lang, now)
  return true
}
