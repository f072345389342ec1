import { Type } from '@sinclair/typebox'
import { sentFields, WholeNumber } from '../../platform/http/request-schemas.ts'
import { MAX_QUERY_LENGTH } from './query-parser.ts'

/** The search page's form (GET): shapes only; a field given twice is the page's own Vietnamese 400. */
export const SearchPageQuery = sentFields('q', 'chuyen-muc', 'loai', 'tu', 'den', 'sap-xep', 'trang')

export const SearchApiQuery = Type.Object({
  q: Type.String({ maxLength: MAX_QUERY_LENGTH, description: 'What to look for, with or without diacritics. "Quoted phrases" match as phrases; -word excludes.' }),
  category: Type.Optional(Type.String({ maxLength: 200, description: 'A category slug: only it and its sub-categories' })),
  kind: Type.Optional(Type.String({ maxLength: 40, description: "Only this kind of content: 'article', 'document' (the kinds are listed with their counts in `kinds`)" })),
  from: Type.Optional(Type.String({ maxLength: 10, description: 'First day, YYYY-MM-DD (Viet Nam time)' })),
  to: Type.Optional(Type.String({ maxLength: 10, description: 'Last day, YYYY-MM-DD (Viet Nam time), included' })),
  sort: Type.Optional(Type.Union([Type.Literal('relevance'), Type.Literal('newest')], { default: 'relevance' })),
  page: Type.Optional(WholeNumber({ minimum: 1, maximum: 100, default: 1 })),
}, { additionalProperties: false })

const Marked = Type.String({ description: 'Escaped HTML in which only <mark> is markup: the searched syllables, in their original diacritics' })

export const SearchApiResponse = Type.Object({
  data: Type.Array(Type.Object({
    id: Type.Integer({ description: 'The id within its kind' }),
    kind: Type.String({ description: "What it is: 'article', or another kind of published content" }),
    title: Type.String(),
    titleHtml: Marked,
    url: Type.String(),
    snippet: Type.String(),
    snippetHtml: Marked,
    category: Type.Optional(Type.Object({ id: Type.Integer(), name: Type.String(), path: Type.String() }, { description: 'Absent for the kinds not filed in categories' })),
    publishedAt: Type.String({ format: 'date-time' }),
    hasAllTerms: Type.Boolean({ description: 'False for articles that have only some of the syllables (a lower tier)' }),
  })),
  kinds: Type.Array(Type.Object({
    kind: Type.String(),
    label: Type.String({ description: 'What readers call it, in Vietnamese' }),
    count: Type.Integer({ description: 'How many this search finds of the kind (its other filters kept): the total when narrowed to it' }),
    capped: Type.Boolean(),
  }), { description: 'The kind facet: every kind of content searched' }),
  page: Type.Integer(),
  hasNextPage: Type.Boolean(),
  total: Type.Integer({ description: 'Matches ranked' }),
  capped: Type.Boolean({ description: 'More articles matched than were ranked' }),
})
