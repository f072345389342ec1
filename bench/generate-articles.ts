import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { demoArticles } from '../src/features/demo/demo-content.ts'
import * as words from './vocabulary.ts'

/** One line of the import file, as `toasoan import-jsonl` reads it. */
export interface JsonlLine {
  title: string
  lead: string
  body_html: string
  category: string
  byline: string
  published_at: string
  tags: string[]
}

/** The seed article's place: the page every run measures. */
export const SEED_CATEGORY = 'tin-tuc/dan-van'

// Generated articles are spread over these years; each gets its own second so that
// "newest first" listings never tie and every run renders the same pages.
const FIRST_PUBLISHED = Date.parse('2019-01-01T00:00:00.000Z')
const LAST_PUBLISHED = Date.parse('2025-12-31T00:00:00.000Z')

/** mulberry32: tiny, fast and good enough to make the same articles on every run. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  return { next, int, pick }
}

export interface Random {
  next(): number
  /** An integer from min to max, both included. */
  int(min: number, max: number): number
  pick<T>(list: readonly T[]): T
}

/** Writes `count` articles (the seed article first) to `file` as JSON Lines. */
export async function writeArticles(file: string, count: number, seed = 20210115): Promise<{ bytes: number }> {
  const random = createRandom(seed)
  const out = createWriteStream(file, { encoding: 'utf8' })
  let bytes = 0
  let chunk = ''
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text)
    // Respect back-pressure: 100,000 articles are ~400 MB, more than we want buffered.
    if (!out.write(text)) await once(out, 'drain')
  }
  for (let i = 0; i < count; i++) {
    const article = i === 0 ? seedArticle() : generateArticle(random, i, count)
    chunk += JSON.stringify(article) + '\n'
    if (chunk.length > 256 * 1024) {
      await write(chunk)
      chunk = ''
    }
  }
  await write(chunk)
  out.end()
  await once(out, 'finish')
  return { bytes }
}

/** The product's defining page, so every run measures the same article. */
export function seedArticle(): JsonlLine {
  const seed = demoArticles[0]
  if (!seed) throw new Error('demoArticles is empty: the seed article is missing')
  return {
    title: seed.title,
    lead: seed.lead,
    body_html: seed.bodyHtml,
    category: SEED_CATEGORY,
    byline: `${seed.bylineKind}: ${seed.bylineName}`,
    published_at: seed.publishedAt,
    tags: seed.tags,
  }
}

export function generateArticle(random: Random, index: number, count: number): JsonlLine {
  const publishedAt = publishTime(random, index, count)
  const year = new Date(publishedAt).getUTCFullYear()
  const place = random.pick(words.PLACES)
  const topic = random.pick(words.TOPICS)
  return {
    title: title(random, place, topic, year),
    lead: sentence(random, place, year),
    body_html: body(random, place, topic, year),
    category: pickCategory(random),
    byline: `${random.pick(words.BYLINE_KINDS)}: ${personName(random)}`,
    published_at: new Date(publishedAt).toISOString(),
    tags: pickTags(random),
  }
}

// Index i owns the time slot [start + i·step, start + (i+1)·step): a random second inside
// it keeps the times looking organic while still strictly increasing.
function publishTime(random: Random, index: number, count: number): number {
  const stepSeconds = Math.max(1, Math.floor((LAST_PUBLISHED - FIRST_PUBLISHED) / 1000 / count))
  return FIRST_PUBLISHED + (index * stepSeconds + random.int(0, stepSeconds - 1)) * 1000
}

function title(random: Random, place: string, topic: string, year: number): string {
  switch (random.int(0, 3)) {
    case 0: return `${random.pick(words.EVENTS)} ${topic} năm ${year}`
    case 1: return `${capitalise(place)}: ${random.pick(words.EVENTS)} ${topic}`
    case 2: return `${random.pick(words.ORGANISATIONS)} ${lowerFirst(random.pick(words.EVENTS))} ${topic} tại ${place}`
    default: return `${capitalise(place)} ${random.pick(words.OUTCOMES)} trong ${topic} năm ${year}`
  }
}

// ~3 KB of HTML in 4–6 paragraphs, like the portal's typical news item.
function body(random: Random, place: string, topic: string, year: number): string {
  const paragraphs = random.int(4, 6)
  const targetBytes = random.int(2600, 3000)
  const perParagraph = targetBytes / paragraphs
  const html: string[] = []
  for (let p = 0; p < paragraphs; p++) {
    let text = p === 0 ? openingSentence(random, place, topic, year) : sentence(random, place, year)
    while (Buffer.byteLength(text) < perParagraph - 40) text += ' ' + sentence(random, place, year)
    html.push(`<p>${text}</p>`)
  }
  return html.join('\n')
}

function openingSentence(random: Random, place: string, topic: string, year: number): string {
  const day = random.int(1, 28)
  const month = random.int(1, 12)
  return `Ngày ${day}/${month}/${year}, ${random.pick(words.ORGANISATIONS)} phối hợp với ${place} tổ chức ${lowerFirst(random.pick(words.EVENTS))} ${topic}.`
}

function sentence(random: Random, place: string, year: number): string {
  switch (random.int(0, 4)) {
    case 0:
      return `${random.pick(words.SUBJECTS)} ${random.pick(words.VERBS)} ${random.pick(words.TOPICS)}, ${random.pick(words.OUTCOMES)}.`
    case 1:
      return `${random.pick(words.CONNECTIVES)} ${lowerFirst(random.pick(words.SUBJECTS))} ở ${place} ${random.pick(words.VERBS)} ${random.pick(words.TOPICS)}.`
    case 2:
      return `Kết quả, năm ${year} toàn ${place} có ${vietnameseNumber(random.int(12, 4800))} ${random.pick(words.TALLIES)}, tăng ${random.int(3, 40)},${random.int(0, 9)}% so với cùng kỳ năm trước.`
    case 3:
      return `Phát biểu tại buổi làm việc, đồng chí ${personName(random)} đề nghị ${lowerFirst(random.pick(words.SUBJECTS))} tiếp tục ${random.pick(words.VERBS).replace(/^đã /, '')} ${random.pick(words.TOPICS)}.`
    default:
      return `${random.pick(words.CONNECTIVES)} ${random.pick(words.ORGANISATIONS)} ${random.pick(words.VERBS)} ${random.pick(words.TOPICS)}, ${random.pick(words.OUTCOMES)}.`
  }
}

function pickCategory(random: Random): string {
  const total = words.CATEGORIES.reduce((sum, c) => sum + c.weight, 0)
  let roll = random.next() * total
  for (const category of words.CATEGORIES) {
    roll -= category.weight
    if (roll < 0) return category.path
  }
  return words.CATEGORIES[0]!.path
}

function pickTags(random: Random): string[] {
  const tags = new Set<string>()
  const count = random.int(1, 3)
  while (tags.size < count) tags.add(random.pick(words.TAGS))
  return [...tags]
}

function personName(random: Random): string {
  return `${random.pick(words.SURNAMES)} ${random.pick(words.MIDDLE_NAMES)} ${random.pick(words.GIVEN_NAMES)}`
}

/** 4800 → "4.800": Vietnamese groups thousands with a dot. */
function vietnameseNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
}

function lowerFirst(text: string): string {
  // Proper nouns (Ban, Ủy ban, Đảng ủy, Sở …) keep their capital; common phrases do not.
  // (A space, not \b, ends each word: \b does not see letters such as "ệ" as word characters.)
  return /^(Các|Đội|Hệ|Lãnh|Chi|Đoàn viên|Hội viên|Nhân|Tổ|Mặt|Hội nghị|Tọa|Tập|Ra|Biểu|Kiểm|Triển|Gặp|Lễ|Đại hội|Hội thi) /u.test(text)
    ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
    : text
}
