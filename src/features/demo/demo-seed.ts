import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Db } from '../../platform/db/connect.ts'
import { contentTypeOfKey, type MediaStorage } from '../../platform/storage/index.ts'
import { newsroomDay } from '../../platform/text/time.ts'
import { toNfc } from '../../platform/text/vietnamese.ts'
import { insertArticle, sanitizeArticleBody, uniqueArticleSlug } from '../articles/index.ts'
import { insertCategory } from '../categories/index.ts'
import { insertComment } from '../comments/index.ts'
import { insertLinkGroup } from '../links/index.ts'
import { imageSources, MediaLibrary, thumbSrcset, type MediaItem } from '../media/index.ts'
import { addViews } from '../most-read/index.ts'
import { writeSiteSettings } from '../site/index.ts'
import { insertWeatherPlace } from '../weather/index.ts'
import { demoComments } from './demo-comments.ts'
import { demoArticles, demoCategories, demoLinkGroups, demoSite, demoWeatherPlaces, type DemoArticle } from './demo-content.ts'
import { prepareDemoPicture } from './demo-pictures.ts'

const IMAGES_DIR = fileURLToPath(new URL('./demo-images/', import.meta.url))

export async function isEmptyPortal(db: Db): Promise<boolean> {
  const row = await db.selectFrom('categories').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n) === 0
}

/** Loads the demo portal into an empty database; returns false when there was already content. */
export async function seedDemo(db: Db, media: MediaStorage, now: Date): Promise<boolean> {
  if (!(await isEmptyPortal(db))) return false
  await storeDemoImages(media)
  const pictures = await addDemoPictures(db, media, now)
  await db.transaction().execute(async (trx) => {
    const idBySlug = new Map<string, number>()
    for (const c of demoCategories) {
      const parentId = c.parentSlug ? idBySlug.get(c.parentSlug) : null
      if (parentId === undefined) throw new Error(`demo category ${c.slug}: parent ${c.parentSlug} must come first`)
      idBySlug.set(c.slug, await insertCategory(trx, { parentId, slug: c.slug, name: c.name, position: c.position }, now))
    }
    const articleIds: number[] = []
    for (const a of demoArticles) {
      const categoryId = idBySlug.get(a.categorySlug)
      if (categoryId === undefined) throw new Error(`demo article "${a.title}": unknown category ${a.categorySlug}`)
      articleIds.push(await insertArticle(trx, {
        slug: await uniqueArticleSlug(trx, a.title),
        title: toNfc(a.title),
        lead: toNfc(a.lead),
        bodyHtml: sanitizeArticleBody(a.bodyHtml),
        byline: { kind: a.bylineKind, name: toNfc(a.bylineName) },
        source: a.source ?? '',
        categoryId,
        status: 'published',
        publishedAt: new Date(a.publishedAt),
        leadImage: a.leadImage ? leadImageOf(pictures.get(a.leadImage.file)!, a.leadImage) : undefined,
        tags: a.tags,
      }, now))
    }
    await seedComments(trx, articleIds[0]!, new Date(demoArticles[0]!.publishedAt))
    // Some reading today, so that "Đọc nhiều" has something to show (for the next week).
    await addViews(trx, newsroomDay(now), new Map(DEMO_VIEWS.map(([index, views]) => [articleIds[index]!, views])))
    for (const [i, group] of demoLinkGroups.entries()) await insertLinkGroup(trx, group.name, i, group.links)
    for (const place of demoWeatherPlaces) await insertWeatherPlace(trx, place)
    await writeSiteSettings(trx, demoSite)
  })
  return true
}

/** [demo article index, views]: the seed article is the most read. */
const DEMO_VIEWS: [number, number][] = [[0, 412], [3, 298], [7, 251], [12, 187], [20, 143], [25, 96]]

async function seedComments(db: Db, articleId: number, publishedAt: Date): Promise<void> {
  const ids: number[] = []
  for (const c of demoComments) {
    const at = new Date(publishedAt.getTime() + c.after * 60_000)
    const parentId = c.replyTo === undefined ? null : ids[c.replyTo]!
    const id = await insertComment(db, {
      articleId, parentId, authorName: c.authorName, authorEmail: c.authorEmail, body: c.body, status: c.status,
      spamReason: '', ip: '', userAgent: '',
      ...(c.officialReply ? { reply: { text: c.officialReply, at: new Date(at.getTime() + 3_600_000) } } : {}),
    }, at)
    ids.push(id)
  }
}

/**
 * The demo's drawings enter the media library as uploads do (demo-pictures.ts): one library
 * image per drawing; the first article using it gives it its alt text and caption, and each
 * article keeps its own.
 */
async function addDemoPictures(db: Db, media: MediaStorage, now: Date): Promise<Map<string, MediaItem>> {
  const library = new MediaLibrary(db, { now: () => now }, media)
  const firstUse = new Map<string, NonNullable<DemoArticle['leadImage']>>()
  for (const a of demoArticles) if (a.leadImage && !firstUse.has(a.leadImage.file)) firstUse.set(a.leadImage.file, a.leadImage)
  const pictures = new Map<string, MediaItem>()
  // Two at a time: the encoder uses every core for each already.
  const queue = [...firstUse]
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [file, about] = next
      const prepared = await prepareDemoPicture(await readFile(join(IMAGES_DIR, file)))
      const id = await library.addPrepared(prepared, { originalName: file.replace(/\.svg$/, '.jpg'), alt: about.alt, caption: about.caption, uploadedBy: null, focus: prepared.focus })
      pictures.set(file, await library.get(id))
    }
  }
  await Promise.all([worker(), worker()])
  return pictures
}

function leadImageOf(item: MediaItem, about: { alt: string; caption: string }) {
  const sources = imageSources(item)
  return { id: item.id, url: sources.src, srcset: sources.srcset, width: sources.width, height: sources.height, thumbs: thumbSrcset(item), alt: about.alt, caption: about.caption }
}

/** The drawings, as they are, where uploads go (article bodies show two), so a portal on S3 shows them too. */
async function storeDemoImages(media: MediaStorage): Promise<void> {
  for (const file of await readdir(IMAGES_DIR)) {
    const key = `demo/${file}`
    await media.put(key, await readFile(join(IMAGES_DIR, file)), contentTypeOfKey(key))
  }
}
