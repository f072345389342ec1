import { namesFrom } from '../../platform/audit-words.ts'
import { reservedPrefixesOf } from '../../platform/module-list.ts'
import type { ModuleContext, PortalModule } from '../../platform/module.ts'
import { prefixAlerts } from './prefix-alerts.ts'
import { siteAdminRoutes } from './site-admin.routes.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    'site.administer': true
  }
}

const reservedOf = ({ prefixes }: ModuleContext) => reservedPrefixesOf([...new Set(prefixes.values())])

export const siteAdminModule: PortalModule = {
  name: 'site-admin',
  title: 'Quản trị trang',
  rights: { 'site.administer': { roles: ['administrator'] } },
  nav: [{ label: 'Quản trị trang: chuyên mục, liên kết, thời tiết, ngày làm việc, bố cục, cài đặt và giao diện, hệ thống', href: '/toa-soan/quan-tri', right: 'site.administer' }],
  audit: {
    actions: {
      'category.create': 'thêm chuyên mục', 'category.update': 'sửa chuyên mục', 'category.move': 'đổi thứ tự chuyên mục', 'category.delete': 'xóa chuyên mục',
      'link-group.create': 'thêm nhóm liên kết', 'link-group.update': 'sửa nhóm liên kết', 'link-group.move': 'đổi thứ tự nhóm liên kết', 'link-group.delete': 'xóa nhóm liên kết',
      'link.create': 'thêm liên kết', 'link.update': 'sửa liên kết', 'link.move': 'đổi thứ tự liên kết', 'link.delete': 'xóa liên kết',
      'weather-place.create': 'thêm nơi xem thời tiết', 'weather-place.update': 'sửa nơi xem thời tiết', 'weather-place.delete': 'xóa nơi xem thời tiết',
      'settings.update': 'đổi cài đặt hoặc giao diện trang', 'layout.update': 'đổi bố cục trang, khối',
    },
    names: {
      category: namesFrom('categories', 'name'), 'link-group': namesFrom('link_groups', 'name'), link: namesFrom('links', 'name'),
      'weather-place': namesFrom('weather_places', 'name'),
    },
  },
  newsroomRoutes: (ctx) => siteAdminRoutes({
    db: ctx.db, clock: ctx.clock, events: ctx.events, categories: ctx.services.categories, blocks: ctx.blocks, mediaBase: ctx.config.mediaPublicUrl, reservedPrefixes: reservedOf(ctx),
  }),
  alerts: (ctx) => prefixAlerts(ctx.services.categories, reservedOf(ctx), ctx.heldPrefixes),
}
