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
  newsroomRoutes: (ctx) => siteAdminRoutes({
    db: ctx.db, clock: ctx.clock, events: ctx.events, categories: ctx.services.categories, blocks: ctx.blocks, mediaBase: ctx.config.mediaPublicUrl, reservedPrefixes: reservedOf(ctx),
  }),
  alerts: (ctx) => prefixAlerts(ctx.services.categories, reservedOf(ctx), ctx.heldPrefixes),
}
