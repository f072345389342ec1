import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { Type } from '@sinclair/typebox'
import type { FastifyInstance } from 'fastify'
import { ValidationError } from '../../platform/http/errors.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { readSiteSettings } from '../site/index.ts'
import { LOCAL_MEDIA_BASE, listMedia, mediaUrl } from '../media/index.ts'
import { parseSettingsForm, resolveLogo, saveSiteSettings, SETTINGS_FIELDS } from './settings-admin.ts'
import { formBodySchema, readForm } from '../admin-kit/index.ts'
import { administrator, type SiteAdminDeps } from './site-admin-kit.ts'
import { ADMIN, emptyForm } from './views/admin-form.view.ts'
import { settingsFormView, type LogoChoice } from './views/settings-form.view.ts'

const SavedQuery = Type.Object({ 'da-luu': Type.Optional(Type.String()) })

/** /quan-tri/cai-dat: the site's name and the footer every page carries. */
export function settingsAdminRoutes(deps: SiteAdminDeps) {
  const fields = [...SETTINGS_FIELDS, 'logoMediaId']
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>()
    // A misshapen query (?da-luu sent twice) only loses the "saved" notice.
    app.get('/quan-tri/cai-dat', { schema: { querystring: SavedQuery }, attachValidation: true }, async (req, reply) => {
      if (!administrator(req, reply)) return reply
      const saved = !req.validationError && req.query['da-luu'] !== undefined
      const settings = await readSiteSettings(deps.db)
      const form = emptyForm({ ...settings })
      return sendNewsroomPage(req, reply, 'Cài đặt trang', settingsFormView(form, req.signedIn!.session.csrfToken, saved, await logoChoices(settings.logoUrl)))
    })

    app.post('/quan-tri/cai-dat', { schema: { body: formBodySchema(fields) }, attachValidation: true }, async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      const { values, errors: misshapen } = readForm(req, fields)
      try {
        if (Object.keys(misshapen).length > 0) throw new ValidationError(misshapen)
        const logoUrl = await resolveLogo(deps.db, values.logoMediaId ?? '', deps.mediaBase)
        await saveSiteSettings(deps, actor, await readSiteSettings(deps.db), parseSettingsForm(values, logoUrl))
        return reply.redirect(`${ADMIN}/cai-dat?da-luu`, 303)
      } catch (error) {
        if (error instanceof ValidationError) {
          return sendNewsroomPage(req, reply, 'Cài đặt trang', settingsFormView({ values, errors: error.fields }, req.signedIn!.session.csrfToken, false, await logoChoices(values.logoUrl ?? '', values.logoMediaId)), 422)
        }
        throw error
      }
    })
  }

  /** Recent library images for the logo; the one in use is marked by its address. */
  async function logoChoices(currentUrl: string, chosenId?: string): Promise<LogoChoice[]> {
    return (await listMedia(deps.db, { limit: 50 })).map((m) => ({
      id: String(m.id), label: `#${m.id} · ${m.alt || m.originalName}`,
      selected: chosenId !== undefined ? chosenId === String(m.id) : m.widths.some((w) => [LOCAL_MEDIA_BASE, deps.mediaBase].some((base) => base && mediaUrl(m, w, base) === currentUrl)),
    }))
  }
}
