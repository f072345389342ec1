import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ValidationError } from '../../platform/http/errors.ts'
import { html } from '../../platform/views/html.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { BRAND_PREVIEW_SCRIPT, readBrandTokens, readSiteSettings, type BrandTokens } from '../site/index.ts'
import { LOCAL_MEDIA_BASE, listMedia, mediaUrl, type MediaItem } from '../media/index.ts'
import { BRAND_FIELDS, parseBrandForm, resolveBanner, saveBrandTokens } from './brand-admin.ts'
import { parseSettingsForm, resolveLogo, saveSiteSettings, SETTINGS_FIELDS } from './settings-admin.ts'
import { formBodySchema, readForm } from '../admin-kit/index.ts'
import { administrator, type SiteAdminDeps } from './site-admin-kit.ts'
import { ADMIN, emptyForm, type FormState } from './views/admin-form.view.ts'
import { brandFormView, type ImageChoice } from './views/brand-form.view.ts'
import { settingsFormView, type LogoChoice } from './views/settings-form.view.ts'

/** /quan-tri/cai-dat: the site's name and the footer every page carries, and its look (giao diện). */
const SavedQuery = Type.Object({ 'da-luu': Type.Optional(Type.String()), 'da-luu-giao-dien': Type.Optional(Type.String()) })

export function settingsAdminRoutes(deps: SiteAdminDeps) {
  const fields = [...SETTINGS_FIELDS, 'logoMediaId']
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    // A misshapen query (?da-luu sent twice) only loses the "saved" notice.
    app.get('/quan-tri/cai-dat', { schema: { querystring: SavedQuery }, attachValidation: true }, async (req, reply) => {
      const query = req.validationError ? {} : req.query
      const settings = await readSiteSettings(deps.db)
      return settingsPage(req, reply, {
        settings: emptyForm({ ...settings }), saved: query['da-luu'] !== undefined, logoUrl: settings.logoUrl,
        brand: await storedBrandForm(), brandSaved: query['da-luu-giao-dien'] !== undefined,
      })
    })

    app.post('/quan-tri/cai-dat', { schema: { body: formBodySchema(fields) }, attachValidation: true }, async (req, reply) => {
      const actor = administrator(req, reply)
      const { values, errors: misshapen } = readForm(req, fields)
      try {
        if (Object.keys(misshapen).length > 0) throw new ValidationError(misshapen)
        const logoUrl = await resolveLogo(deps.db, values.logoMediaId ?? '', deps.mediaBase)
        await saveSiteSettings(deps, actor, await readSiteSettings(deps.db), parseSettingsForm(values, logoUrl))
        return reply.redirect(`${ADMIN}/cai-dat?da-luu`, 303)
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        return settingsPage(req, reply, {
          settings: { values, errors: error.fields }, saved: false, logoUrl: values.logoUrl ?? '', chosenLogo: values.logoMediaId,
          brand: await storedBrandForm(), brandSaved: false,
        }, 422)
      }
    })

    app.post('/quan-tri/cai-dat/giao-dien', { schema: { body: formBodySchema(BRAND_FIELDS) }, attachValidation: true }, async (req, reply) => {
      const actor = administrator(req, reply)
      const { values, errors: misshapen } = readForm(req, BRAND_FIELDS)
      try {
        if (Object.keys(misshapen).length > 0) throw new ValidationError(misshapen)
        const bannerUrl = await resolveBanner(deps.db, values.headerImageMediaId ?? '', deps.mediaBase)
        await saveBrandTokens(deps, actor, await readBrandTokens(deps.db), parseBrandForm(values, bannerUrl))
        return reply.redirect(`${ADMIN}/cai-dat?da-luu-giao-dien#giao-dien`, 303)
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error
        const settings = await readSiteSettings(deps.db)
        return settingsPage(req, reply, {
          settings: emptyForm({ ...settings }), saved: false, logoUrl: settings.logoUrl,
          brand: { values, errors: error.fields }, brandSaved: false, chosenBanner: values.headerImageMediaId,
        }, 422)
      }
    })
  }

  interface SettingsPage {
    settings: FormState
    saved: boolean
    logoUrl: string
    chosenLogo?: string | undefined
    brand: FormState & { bannerUrl?: string }
    brandSaved: boolean
    chosenBanner?: string | undefined
  }

  async function settingsPage(req: FastifyRequest, reply: FastifyReply, page: SettingsPage, status = 200): Promise<FastifyReply> {
    const library = await listMedia(deps.db, { limit: 50 })
    const csrf = req.signedIn!.session.csrfToken
    const main = html`${settingsFormView(page.settings, csrf, page.saved, logoChoices(library, page.logoUrl, page.chosenLogo))}
${brandFormView(page.brand, csrf, page.brandSaved, bannerChoices(library, page.brand.bannerUrl ?? '', page.chosenBanner))}`
    return sendNewsroomPage(req, reply, 'Cài đặt trang', main, status, [BRAND_PREVIEW_SCRIPT.url])
  }

  async function storedBrandForm(): Promise<FormState & { bannerUrl: string }> {
    const tokens: BrandTokens = await readBrandTokens(deps.db)
    const { headerImageUrl, ...rest } = tokens
    return { ...emptyForm({ ...rest }), bannerUrl: headerImageUrl }
  }

  /** Whether a library image is the one at this address (under either media base). */
  function isAt(m: MediaItem, url: string): boolean {
    return m.widths.some((w) => [LOCAL_MEDIA_BASE, deps.mediaBase].some((base) => base && mediaUrl(m, w, base) === url))
  }

  /** Recent library images for the logo; the one in use is marked by its address. */
  function logoChoices(library: MediaItem[], currentUrl: string, chosenId?: string): LogoChoice[] {
    return library.map((m) => ({
      id: String(m.id), label: `#${m.id} · ${m.alt || m.originalName}`,
      selected: chosenId !== undefined ? chosenId === String(m.id) : isAt(m, currentUrl),
    }))
  }

  function bannerChoices(library: MediaItem[], currentUrl: string, chosenId?: string): ImageChoice[] {
    return library.map((m) => ({
      id: String(m.id), label: `#${m.id} · ${m.alt || m.originalName}`, url: mediaUrl(m, Math.max(...m.widths), deps.mediaBase),
      selected: chosenId !== undefined ? chosenId === String(m.id) : isAt(m, currentUrl),
    }))
  }
}
