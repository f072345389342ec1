import { once } from 'node:events'
import { copyFileSync, createWriteStream, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import sharp from 'sharp'
import { slugify } from '../src/platform/text/vietnamese.ts'
import { createRandom, generateArticle } from './generate-articles.ts'
import * as words from './vocabulary.ts'

// A synthetic WordPress export for `npm run bench -- import`: N <item>s (default 100,000), of
// which M are image attachments (default 20,000) spread evenly among the posts, with their files
// in an uploads/ folder laid out as wp-content/uploads is (YYYY/MM/name.jpg). The posts are the
// bench's usual Vietnamese articles (generate-articles.ts) in WordPress's classic shape: blank-line
// paragraphs, a [caption] shortcode around the image uploaded just before, the image as featured
// image, categories with their hierarchy, tags, some comments with replies, a few drafts and
// scheduled posts. A generator only: it writes files and measures nothing.
//
//   node --import tsx bench/import-wxr-generator.ts OUT_DIR [--items N] [--images M] [--seed S]

export interface WxrBenchOptions {
  items?: number
  images?: number
  seed?: number
}

export interface WxrBenchExport {
  file: string
  uploads: string
  items: number
  images: number
  bytes: number
}

const SITE = 'https://tinh.example.gov.vn'
// A few distinct real JPEGs, copied: the bench measures the import, not the variety of photos.
const DISTINCT_IMAGES = 4

export async function writeWxrExport(folder: string, options: WxrBenchOptions = {}): Promise<WxrBenchExport> {
  const items = options.items ?? 100_000
  const images = Math.min(options.images ?? 20_000, items)
  const random = createRandom(options.seed ?? 20210115)
  const uploads = join(folder, 'uploads')
  mkdirSync(uploads, { recursive: true })
  const samples = await sampleImages(folder)

  const file = join(folder, 'export.xml')
  const out = createWriteStream(file, { encoding: 'utf8' })
  let bytes = 0
  let chunk = ''
  const write = async (text: string) => {
    chunk += text
    if (chunk.length < 256 * 1024) return
    bytes += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await once(out, 'drain')
    chunk = ''
  }

  await write(header())
  // Attachment k sits at item index round(k · items / images): evenly spread, the first at 0.
  const every = items / Math.max(images, 1)
  let nextImage = 0
  let lastImage: { id: number; url: string; alt: string } | undefined
  const madeFolders = new Set<string>()
  let commentId = 1
  for (let index = 0; index < items; index++) {
    const id = index + 1
    const article = generateArticle(random, index, items)
    const published = new Date(article.published_at)
    const month = `${published.getUTCFullYear()}/${String(published.getUTCMonth() + 1).padStart(2, '0')}`
    if (nextImage < images && index >= Math.round(nextImage * every)) {
      const name = `anh-${id}.jpg`
      if (!madeFolders.has(month)) {
        mkdirSync(join(uploads, month), { recursive: true })
        madeFolders.add(month)
      }
      copyFileSync(samples[nextImage % samples.length]!, join(uploads, month, name))
      const url = `${SITE}/wp-content/uploads/${month}/${name}`
      const alt = article.title.slice(0, 80)
      await write(attachment(id, month, name, url, alt, article.lead))
      lastImage = { id, url, alt }
      nextImage++
      continue
    }
    const status = index % 200 === 7 ? 'future' : index % 50 === 3 ? 'draft' : 'publish'
    const comments: string[] = []
    if (index % 10 === 1) {
      const first = commentId++
      comments.push(comment(first, 0, '1', published), comment(commentId++, first, index % 30 === 1 ? '0' : '1', published))
    }
    await write(post(id, article, status, published, month, lastImage, comments))
  }
  await write('</channel>\n</rss>\n')
  bytes += Buffer.byteLength(chunk)
  out.end(chunk)
  await once(out, 'finish')
  return { file, uploads, items, images: nextImage, bytes }
}

async function sampleImages(folder: string): Promise<string[]> {
  const colours = ['#8e2c1c', '#2c6e8e', '#3f8e2c', '#8e7a2c']
  const files: string[] = []
  for (let i = 0; i < DISTINCT_IMAGES; i++) {
    const path = join(folder, `sample-${i}.jpg`)
    // 640×427 with some texture, about the size of a thumbnail-sized news photo.
    const noise = Buffer.alloc(64 * 43 * 3)
    for (let b = 0; b < noise.length; b++) noise[b] = (b * 37 + i * 91) % 256
    await sharp(noise, { raw: { width: 64, height: 43, channels: 3 } }).resize(640, 427, { kernel: 'nearest' })
      .composite([{ input: { create: { width: 200, height: 120, channels: 3, background: colours[i]! } }, top: 40, left: 40 }])
      .jpeg({ quality: 80 }).toFile(path)
    files.push(path)
  }
  return files
}

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
const wpDate = (date: Date) => date.toISOString().slice(0, 19).replace('T', ' ')
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function header(): string {
  const categories: string[] = []
  const seen = new Set<string>()
  let termId = 1
  for (const { path } of words.CATEGORIES) {
    const parts = path.split('/')
    parts.forEach((part, i) => {
      if (seen.has(part)) return
      seen.add(part)
      const name = part.split('-').join(' ')
      categories.push(`\t<wp:category><wp:term_id>${termId++}</wp:term_id><wp:category_nicename>${cdata(part)}</wp:category_nicename><wp:category_parent>${cdata(i > 0 ? parts[i - 1]! : '')}</wp:category_parent><wp:cat_name>${cdata(name.charAt(0).toUpperCase() + name.slice(1))}</wp:cat_name></wp:category>`)
    })
  }
  const tags = words.TAGS.map((tag) => `\t<wp:tag><wp:term_id>${termId++}</wp:term_id><wp:tag_slug>${cdata(slugify(tag))}</wp:tag_slug><wp:tag_name>${cdata(tag)}</wp:tag_name></wp:tag>`)
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/"
>
<channel>
\t<title>Cổng thông tin điện tử tỉnh</title>
\t<link>${SITE}</link>
\t<language>vi</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>${SITE}</wp:base_site_url>
\t<wp:base_blog_url>${SITE}</wp:base_blog_url>
\t<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata('bientap')}</wp:author_login><wp:author_email>${cdata('bientap@tinh.example.gov.vn')}</wp:author_email><wp:author_display_name>${cdata('Ban Biên tập')}</wp:author_display_name></wp:author>
${categories.join('\n')}
${tags.join('\n')}
`
}

function attachment(id: number, month: string, name: string, url: string, alt: string, caption: string): string {
  return `\t<item>
\t\t<title>${escapeXml(name)}</title>
\t\t<link>${SITE}/?attachment_id=${id}</link>
\t\t<dc:creator>${cdata('bientap')}</dc:creator>
\t\t<guid isPermaLink="false">${url}</guid>
\t\t<content:encoded>${cdata('')}</content:encoded>
\t\t<excerpt:encoded>${cdata(caption)}</excerpt:encoded>
\t\t<wp:post_id>${id}</wp:post_id>
\t\t<wp:status>${cdata('inherit')}</wp:status>
\t\t<wp:post_type>${cdata('attachment')}</wp:post_type>
\t\t<wp:attachment_url>${cdata(url)}</wp:attachment_url>
\t\t<wp:postmeta><wp:meta_key>${cdata('_wp_attached_file')}</wp:meta_key><wp:meta_value>${cdata(`${month}/${name}`)}</wp:meta_value></wp:postmeta>
\t\t<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata(alt)}</wp:meta_value></wp:postmeta>
\t</item>
`
}

function post(id: number, article: ReturnType<typeof generateArticle>, status: string, published: Date, month: string,
  image: { id: number; url: string; alt: string } | undefined, comments: string[]): string {
  const slug = slugify(article.title, 80)
  // WordPress keeps classic bodies with blank lines between paragraphs, not <p>.
  const paragraphs = article.body_html.split('\n').map((p) => p.replace(/^<p>|<\/p>$/g, ''))
  if (image) paragraphs.splice(1, 0, `[caption id="attachment_${image.id}" align="aligncenter" width="640"]<img class="size-full wp-image-${image.id}" src="${image.url}" alt="${escapeXml(image.alt).replace(/"/g, '&quot;')}" width="640" height="427" /> ${article.lead.slice(0, 60)}[/caption]`)
  const when = status === 'future' ? new Date(Date.UTC(2030, 0, 1) + id * 60_000) : published
  const [parent, child] = article.category.split('/')
  return `\t<item>
\t\t<title>${escapeXml(article.title)}</title>
\t\t<link>${SITE}/${month}/${slug}/</link>
\t\t<pubDate>${when.toUTCString().replace('GMT', '+0000')}</pubDate>
\t\t<dc:creator>${cdata('bientap')}</dc:creator>
\t\t<guid isPermaLink="false">${SITE}/?p=${id}</guid>
\t\t<content:encoded>${cdata(paragraphs.join('\n\n'))}</content:encoded>
\t\t<excerpt:encoded>${cdata(article.lead)}</excerpt:encoded>
\t\t<wp:post_id>${id}</wp:post_id>
\t\t<wp:post_date>${cdata(wpDate(new Date(when.getTime() + 7 * 3600_000)))}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(status === 'draft' ? '0000-00-00 00:00:00' : wpDate(when))}</wp:post_date_gmt>
\t\t<wp:post_name>${cdata(slug)}</wp:post_name>
\t\t<wp:status>${cdata(status)}</wp:status>
\t\t<wp:post_parent>0</wp:post_parent>
\t\t<wp:post_type>${cdata('post')}</wp:post_type>
\t\t<category domain="category" nicename="${child ?? parent}">${cdata(child ?? parent!)}</category>
${(article.tags ?? []).map((tag) => `\t\t<category domain="post_tag" nicename="${slugify(tag)}">${cdata(tag)}</category>`).join('\n')}
${image ? `\t\t<wp:postmeta><wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key><wp:meta_value>${cdata(String(image.id))}</wp:meta_value></wp:postmeta>\n` : ''}${comments.join('')}\t</item>
`
}

function comment(id: number, parent: number, approved: string, after: Date): string {
  const at = new Date(after.getTime() + id * 60_000)
  return `\t\t<wp:comment>
\t\t\t<wp:comment_id>${id}</wp:comment_id>
\t\t\t<wp:comment_author>${cdata(`${words.SURNAMES[id % words.SURNAMES.length]} ${words.GIVEN_NAMES[id % words.GIVEN_NAMES.length]}`)}</wp:comment_author>
\t\t\t<wp:comment_author_email>${cdata(`ban-doc-${id}@example.vn`)}</wp:comment_author_email>
\t\t\t<wp:comment_date_gmt>${cdata(wpDate(at))}</wp:comment_date_gmt>
\t\t\t<wp:comment_content>${cdata(parent ? 'Cảm ơn bạn đã góp ý.' : 'Bài viết rất thiết thực, mong địa phương tiếp tục phát huy.')}</wp:comment_content>
\t\t\t<wp:comment_approved>${cdata(approved)}</wp:comment_approved>
\t\t\t<wp:comment_type>${cdata('comment')}</wp:comment_type>
\t\t\t<wp:comment_parent>${parent}</wp:comment_parent>
\t\t</wp:comment>
`
}

function optionValue(args: string[], name: string): number | undefined {
  const at = args.indexOf(name)
  if (at < 0) return undefined
  const value = Number(args[at + 1])
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} needs a whole number`)
  return value
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2)
  const folder = args[0]
  if (!folder || folder.startsWith('--')) {
    console.error('usage: node --import tsx bench/import-wxr-generator.ts OUT_DIR [--items N] [--images M] [--seed S]')
    process.exit(2)
  }
  const started = Date.now()
  const made = await writeWxrExport(folder, { items: optionValue(args, '--items'), images: optionValue(args, '--images'), seed: optionValue(args, '--seed') })
  console.log(`${made.file}: ${made.items} items (${made.images} images in ${made.uploads}), ${(made.bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}
