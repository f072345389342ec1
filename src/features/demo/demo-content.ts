// Demo content for an empty database: the portal of a provincial mass-mobilisation
// commission (Ban Dân vận Tỉnh ủy Bình Định). Everything here is illustrative; the
// first article reproduces the seed page that defines the product.
import { governmentArticles } from './articles/dan-van-chinh-quyen.ts'
import { skilfulMobilisationArticles } from './articles/dan-van-kheo.ts'
import { ethnicReligiousArticles } from './articles/dan-toc-ton-giao.ts'
import { exemplaryArticles } from './articles/guong-dien-hinh.ts'
import { newsArticles } from './articles/tin-tuc.ts'
import { recordsArticles } from './articles/van-ban-tu-lieu.ts'

export interface DemoCategory {
  slug: string
  name: string
  parentSlug?: string
  position: number
}

export type DemoBylineKind = 'T/h' | 'Theo' | 'Bài và ảnh' | 'Ảnh' | 'Bài'

export interface DemoArticle {
  title: string
  lead: string
  /** Only <p>, <h2>, <h3>, <ul>/<ol>/<li>, <blockquote>, <strong>, <em> and <figure> with <img>/<figcaption>. */
  bodyHtml: string
  categorySlug: string
  bylineKind: DemoBylineKind
  bylineName: string
  source?: string
  publishedAt: string
  tags: string[]
  /** `file` is a name under demo-images/. */
  leadImage?: { file: string; alt: string; caption: string }
}

export interface DemoLinkGroup {
  name: string
  links: { name: string; url: string }[]
}

export interface DemoWeatherPlace {
  name: string
  latitude: number
  longitude: number
  position: number
}

export interface DemoSite {
  name: string
  tagline: string
  governingBody: string
  responsiblePerson: string
  licence: string
  address: string
  phone: string
  email: string
  /** The emblem in the header, and the favicon and app icons made from it (demo-images/bieu-trung.svg). */
  logoUrl: string
}

export const demoSite: DemoSite = {
  name: 'Ban Dân vận Tỉnh ủy Bình Định',
  tagline: 'Trang thông tin điện tử – Dân biết, dân bàn, dân làm, dân kiểm tra',
  governingBody: 'Ban Dân vận Tỉnh ủy Bình Định',
  responsiblePerson: 'Trần Văn Bình – Trưởng Ban Biên tập (dữ liệu minh họa)',
  licence: 'Giấy phép số 00/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bình Định cấp (dữ liệu minh họa)',
  address: 'Số 01 Trần Phú, TP Quy Nhơn, tỉnh Bình Định (dữ liệu minh họa)',
  phone: '0256 3000 000',
  email: 'banbientap@example.vn',
  logoUrl: '/media/demo/bieu-trung.svg',
}

export const demoCategories: DemoCategory[] = [
  { slug: 'tin-tuc', name: 'Tin tức', position: 1 },
  { slug: 'dan-van', name: 'Dân vận', parentSlug: 'tin-tuc', position: 1 },
  { slug: 'mat-tran-doan-the', name: 'Mặt trận - Đoàn thể', parentSlug: 'tin-tuc', position: 2 },
  { slug: 'tin-co-so', name: 'Tin cơ sở', parentSlug: 'tin-tuc', position: 3 },

  { slug: 'dan-van-chinh-quyen', name: 'Dân vận chính quyền', position: 2 },
  { slug: 'quy-che-dan-chu-o-co-so', name: 'Quy chế dân chủ ở cơ sở', parentSlug: 'dan-van-chinh-quyen', position: 1 },
  { slug: 'cai-cach-hanh-chinh', name: 'Cải cách hành chính', parentSlug: 'dan-van-chinh-quyen', position: 2 },

  { slug: 'dan-van-kheo', name: 'Dân vận khéo', position: 3 },
  { slug: 'mo-hinh-hay', name: 'Mô hình hay', parentSlug: 'dan-van-kheo', position: 1 },
  { slug: 'xay-dung-nong-thon-moi', name: 'Xây dựng nông thôn mới', parentSlug: 'dan-van-kheo', position: 2 },

  { slug: 'dan-toc-ton-giao', name: 'Dân tộc - Tôn giáo', position: 4 },
  { slug: 'cong-tac-dan-toc', name: 'Công tác dân tộc', parentSlug: 'dan-toc-ton-giao', position: 1 },
  { slug: 'cong-tac-ton-giao', name: 'Công tác tôn giáo', parentSlug: 'dan-toc-ton-giao', position: 2 },

  { slug: 'guong-dien-hinh', name: 'Gương điển hình', position: 5 },

  { slug: 'van-ban-tu-lieu', name: 'Văn bản - Tư liệu', position: 6 },
  { slug: 'van-ban-chi-dao', name: 'Văn bản chỉ đạo', parentSlug: 'van-ban-tu-lieu', position: 1 },
  { slug: 'tu-lieu', name: 'Tư liệu', parentSlug: 'van-ban-tu-lieu', position: 2 },
]

export const demoLinkGroups: DemoLinkGroup[] = [
  {
    name: 'Liên kết website',
    links: [
      { name: 'Ban Dân vận Trung ương', url: 'https://danvan.vn' },
      { name: 'Báo điện tử Đảng Cộng sản Việt Nam', url: 'https://dangcongsan.vn' },
      { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
      { name: 'Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam', url: 'https://quochoi.vn' },
      { name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', url: 'https://mattran.org.vn' },
      { name: 'Báo Nhân Dân', url: 'https://nhandan.vn' },
      { name: 'Cổng Thông tin điện tử tỉnh Bình Định', url: 'https://binhdinh.gov.vn' },
      { name: 'Báo Bình Định', url: 'https://baobinhdinh.vn' },
    ],
  },
  {
    name: 'Cơ quan trong tỉnh',
    links: [
      { name: 'Trang thông tin điện tử Đảng bộ tỉnh Bình Định', url: 'https://binhdinh.dcs.vn' },
      { name: 'Cổng Dịch vụ công tỉnh Bình Định', url: 'https://dichvucong.binhdinh.gov.vn' },
      { name: 'Sở Nông nghiệp và Phát triển nông thôn', url: 'https://snnptnt.binhdinh.gov.vn' },
      { name: 'Ủy ban nhân dân huyện Tây Sơn', url: 'https://tayson.binhdinh.gov.vn' },
      { name: 'Trường Đại học Quy Nhơn', url: 'https://qnu.edu.vn' },
    ],
  },
]

export const demoWeatherPlaces: DemoWeatherPlace[] = [
  { name: 'Quy Nhơn', latitude: 13.776, longitude: 109.224, position: 1 },
  { name: 'An Nhơn', latitude: 13.889, longitude: 109.111, position: 2 },
  { name: 'Hoài Nhơn', latitude: 14.433, longitude: 109.016, position: 3 },
  { name: 'Tây Sơn', latitude: 13.908, longitude: 108.918, position: 4 },
]

// One file a menu section (articles/), in the menu's order: the order they are seeded in.
export const demoArticles: DemoArticle[] = [
  ...newsArticles, ...governmentArticles, ...skilfulMobilisationArticles, ...ethnicReligiousArticles, ...exemplaryArticles, ...recordsArticles,
]
