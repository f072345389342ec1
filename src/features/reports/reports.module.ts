import * as reports from '../../migrations/20261213-0901-reports.ts'
import type { PortalModule } from '../../platform/module.ts'
import { REPORTS_PATH } from './paths.ts'
import { seedReportsDemo } from './reports-demo.ts'
import { reportsRoutes } from './reports.routes.ts'
import './reports.table.ts'

declare module '../../platform/module.ts' {
  interface NewsroomActions {
    /** Read the reports (articles by category, author, month; views; comments; the royalty sheet) and download them. */
    'reports.view': true
    /** Change the royalty sheet's points and the table merging spellings of authors' names. */
    'reports.edit': true
  }
}

// Báo cáo (issue 16, Statistics): the period's articles by category, author and month, views and
// comments per article and the royalty sheet (bảng nhuận bút), as HTML tables, XLSX and CSV.
// Decision record 0060.
export const reportsModule: PortalModule = {
  name: 'reports',
  title: 'Báo cáo',
  migrations: { '20261213-0901-reports': reports },
  // Least privilege: the royalty sheet is the leaders' and the administrator's to read; what it pays is the administrator's.
  rights: {
    'reports.view': { roles: ['approver', 'administrator'] },
    'reports.edit': { roles: ['administrator'] },
  },
  nav: [{ label: 'Báo cáo', href: REPORTS_PATH, right: 'reports.view' }],
  audit: {
    actions: { 'reports.points': 'sửa bảng điểm nhuận bút', 'reports.alias': 'gộp tên tác giả', 'reports.alias-delete': 'bỏ gộp tên tác giả' },
    names: {
      'report-alias': async (db, ids) => {
        if (ids.length === 0) return new Map()
        const rows = await db.selectFrom('report_author_aliases').select(['alias_key', 'alias_name', 'author_name']).where('alias_key', 'in', [...ids]).execute()
        return new Map(rows.map((r) => [r.alias_key, `${r.alias_name} → ${r.author_name}`]))
      },
    },
  },
  seedDemo: ({ db, now }) => seedReportsDemo(db, now),
  newsroomRoutes: ({ db, clock }) => reportsRoutes({ db, clock }),
}
