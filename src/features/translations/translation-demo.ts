import type { Db } from '../../platform/db/connect.ts'
import { insertArticle, sanitizeArticleBody, uniqueArticleSlug } from '../articles/index.ts'
import { linkTranslation } from './translation.repository.ts'

/** The demo article that has an English translation (the demo module's review conference, else its newest). */
const DEMO_ORIGINAL = 'hoi-nghi-tong-ket-cong-tac-dan-van-nam-2020-trien-khai-nhiem-vu-nam-2021'

const ENGLISH = {
  title: 'Mass mobilisation work reviewed for 2020, tasks set for 2021',
  lead: 'The Provincial Party Committee\'s Commission for Mass Mobilisation reviewed its work in 2020 and set out its tasks for 2021.',
  bodyHtml: '<p>The Commission for Mass Mobilisation of the Provincial Party Committee held its annual review conference, attended by the mass mobilisation commissions of the districts and the mass organisations of the province.</p>'
    + '<p>In 2020 the province kept its "skilful mass mobilisation" movement going through the pandemic, and the grassroots democracy regulations were applied in every commune.</p>'
    + '<h2>Tasks for 2021</h2><p>The conference agreed to bring the people\'s opinions to the Party\'s and the authorities\' attention faster, and to support the elections of the National Assembly and the People\'s Councils.</p>',
}

/** One Vietnamese demo article chosen for translation, and its English translation linked to it. */
export async function seedTranslationDemo(db: Db, now: Date): Promise<boolean> {
  const original = await db.selectFrom('articles').select(['id', 'category_id', 'published_at', 'slug']).where('language', '=', 'vi').where('status', '=', 'published')
    .orderBy((eb) => eb.case().when('slug', '=', DEMO_ORIGINAL).then(0).else(1).end()).orderBy('published_at', 'desc').executeTakeFirst()
  if (!original) return false
  const english = await db.selectFrom('articles').select('id').where('language', '=', 'en').where('title', '=', ENGLISH.title).executeTakeFirst()
  if (english) return false
  const id = await insertArticle(db, {
    slug: await uniqueArticleSlug(db, ENGLISH.title), title: ENGLISH.title, lead: ENGLISH.lead, bodyHtml: sanitizeArticleBody(ENGLISH.bodyHtml),
    byline: { kind: '', name: '' }, source: '', categoryId: original.category_id, status: 'published',
    publishedAt: original.published_at ? new Date(new Date(original.published_at).getTime() + 3_600_000) : now, leadImage: undefined, tags: [], language: 'en',
  }, now)
  // The same picture as the original; its words in English (an English page says nothing in Vietnamese).
  const picture = await db.selectFrom('articles')
    .select(['lead_image_id', 'lead_image_url', 'lead_image_srcset', 'lead_image_thumbs', 'lead_image_width', 'lead_image_height', 'lead_image_alt', 'lead_image_caption'])
    .where('id', '=', original.id).executeTakeFirstOrThrow()
  await db.updateTable('articles').set({ ...picture, lead_image_alt: 'The review conference of the Commission for Mass Mobilisation', lead_image_caption: '' }).where('id', '=', id).execute()
  await linkTranslation(db, id, original.id)
  return true
}
