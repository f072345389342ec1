import { Type, type Static } from '@sinclair/typebox'
import { Value } from '@sinclair/typebox/value'

/** One line of an import file. */
export const JsonlArticle = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 500 }),
  lead: Type.Optional(Type.String({ maxLength: 5000 })),
  body_html: Type.String({ maxLength: 2_000_000 }),
  category: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*){0,7}$', maxLength: 500 }),
  byline: Type.Optional(Type.String({ maxLength: 300 })),
  published_at: Type.String({ minLength: 10, maxLength: 40 }),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 30 })),
})
export type JsonlArticle = Static<typeof JsonlArticle>

export type ParsedLine = { ok: true; article: JsonlArticle; publishedAt: Date } | { ok: false; problem: string }

export function parseJsonlLine(line: string): ParsedLine {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { ok: false, problem: 'not valid JSON' }
  }
  if (!Value.Check(JsonlArticle, value)) {
    const first = Value.Errors(JsonlArticle, value).First()
    return { ok: false, problem: first ? `${first.path || '(line)'}: ${first.message}` : 'not an article' }
  }
  const publishedAt = new Date(value.published_at)
  if (!/^\d{4}-\d{2}-\d{2}/.test(value.published_at) || Number.isNaN(publishedAt.getTime())) {
    return { ok: false, problem: '/published_at: not an ISO 8601 time' }
  }
  return { ok: true, article: value, publishedAt }
}

const BYLINE = /^([^:]{1,30}):\s*(.+)$/

/** "T/h: Lê Hải" → kind "T/h", name "Lê Hải"; a bare name has no kind. */
export function splitByline(byline: string | undefined): { kind: string; name: string } {
  const text = (byline ?? '').normalize('NFC').trim()
  const match = BYLINE.exec(text)
  return match ? { kind: match[1]!.trim(), name: match[2]!.trim() } : { kind: '', name: text }
}
