import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { demoComments } from './demo-comments.ts'
import { demoArticles, demoCategories, demoLinkGroups, demoSite, demoWeatherPlaces } from './demo-content.ts'

function imageFilesOf(article: (typeof demoArticles)[number]): string[] {
  const inBody = [...article.bodyHtml.matchAll(/<img src="\/media\/demo\/([^"]+)"/g)].map((m) => m[1]!)
  return article.leadImage ? [article.leadImage.file, ...inBody] : inBody
}

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(allStrings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings)
  return []
}

test('the demo has at least 35 articles, the seed article first', () => {
  assert.ok(demoArticles.length >= 35, `only ${demoArticles.length} articles`)
  assert.equal(demoArticles[0]!.title, 'Hội nghị tổng kết công tác Dân vận năm 2020, triển khai nhiệm vụ năm 2021')
  assert.equal(demoArticles[0]!.categorySlug, 'dan-van')
})

test('category slugs are unique, folded, and every parent exists', () => {
  const slugs = demoCategories.map((c) => c.slug)
  assert.equal(new Set(slugs).size, slugs.length)
  for (const category of demoCategories) {
    assert.match(category.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/)
    if (category.parentSlug) assert.ok(slugs.includes(category.parentSlug), `no parent ${category.parentSlug}`)
  }
})

test('every article belongs to an existing category', () => {
  const slugs = new Set(demoCategories.map((c) => c.slug))
  for (const article of demoArticles) {
    assert.ok(slugs.has(article.categorySlug), `${article.title}: no category ${article.categorySlug}`)
  }
})

test('every image an article refers to exists in demo-images', () => {
  for (const article of demoArticles) {
    for (const file of imageFilesOf(article)) {
      assert.ok(existsSync(new URL(`./demo-images/${file}`, import.meta.url)), `${article.title}: missing ${file}`)
    }
  }
})

test('every publishedAt parses as an ISO instant', () => {
  for (const article of demoArticles) {
    const time = Date.parse(article.publishedAt)
    assert.ok(!Number.isNaN(time), `${article.title}: ${article.publishedAt}`)
    assert.equal(new Date(time).toISOString(), article.publishedAt)
  }
})

test('titles are unique', () => {
  const titles = demoArticles.map((a) => a.title)
  assert.equal(new Set(titles).size, titles.length)
})

test('all demo text is NFC', () => {
  const everything = allStrings([demoSite, demoCategories, demoArticles, demoLinkGroups, demoWeatherPlaces, demoComments])
  for (const s of everything) assert.ok(s === s.normalize('NFC'), `not NFC: ${s.slice(0, 60)}`)
})

test('demo comments reply only to earlier approved comments, and one waits for moderation', () => {
  for (const [i, c] of demoComments.entries()) {
    if (c.replyTo !== undefined) assert.ok(c.replyTo < i && demoComments[c.replyTo]!.status === 'approved', c.body)
  }
  assert.ok(demoComments.some((c) => c.status === 'pending'))
  assert.ok(demoComments.some((c) => c.officialReply))
})

test('every article has a lead image drawn for the demo, described for those who cannot see it', () => {
  for (const article of demoArticles) {
    assert.ok(article.leadImage, `${article.title}: no lead image`)
    assert.match(article.leadImage.file, /\.svg$/, 'a drawing made for the project, turned into a photo at seed time')
    assert.ok(article.leadImage.alt.length >= 20, `${article.title}: alt text too short`)
    assert.ok(article.leadImage.caption, `${article.title}: no caption`)
  }
})
