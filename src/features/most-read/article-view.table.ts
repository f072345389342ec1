/** Readers' views of an article, one row a day (Asia/Ho_Chi_Minh). */
export interface ArticleViewTable {
  article_id: number
  day: string
  views: number
}

declare module '../../platform/db/schema.ts' {
  interface Database {
    article_views: ArticleViewTable
  }
}
