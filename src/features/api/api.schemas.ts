import { Type, type Static } from '@sinclair/typebox'
import { WholeNumber } from '../../platform/http/request-schemas.ts'

export { ApiError } from '../../platform/http/api-error.ts'

export const CategoryJson = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  name: Type.String(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  path: Type.String({ description: 'The category page on the portal' }),
})

export const ArticleSummaryJson = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  title: Type.String(),
  lead: Type.String(),
  url: Type.String(),
  categoryId: Type.Integer(),
  publishedAt: Type.String({ format: 'date-time' }),
  byline: Type.String({ description: 'As printed, e.g. "T/h: Lê Hải"' }),
  leadImage: Type.Union([Type.Object({
    url: Type.String(), alt: Type.String(), caption: Type.String(),
    srcset: Type.Optional(Type.String()), width: Type.Optional(Type.Integer()), height: Type.Optional(Type.Integer()),
  }), Type.Null()]),
})

export const ArticleJson = Type.Composite([
  ArticleSummaryJson,
  Type.Object({
    bodyHtml: Type.String({ description: 'Sanitised HTML' }),
    bylineKind: Type.String(),
    bylineName: Type.String(),
    source: Type.String(),
    updatedAt: Type.String({ format: 'date-time' }),
    category: CategoryJson,
    tags: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
  }),
])

export const CategoryList = Type.Object({ data: Type.Array(CategoryJson) })
export const ArticlePage = Type.Object({
  data: Type.Array(ArticleSummaryJson),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null at the end' }),
})
export const ArticleResponse = Type.Object({ data: ArticleJson })

export const CategoryArticlesParams = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,200}$' }) })
export const CategoryArticlesQuery = Type.Object({
  cursor: Type.Optional(Type.String({ pattern: '^\\d{1,15}-\\d{1,10}$' })),
  limit: Type.Optional(WholeNumber({ minimum: 1, maximum: 50, default: 20 })),
}, { additionalProperties: false })
export const ArticleParams = Type.Object({ id: WholeNumber({ minimum: 1, maximum: 2147483647 }) })
export const NoQuery = Type.Object({}, { additionalProperties: false })

export type CategoryArticlesQuery = Static<typeof CategoryArticlesQuery>
