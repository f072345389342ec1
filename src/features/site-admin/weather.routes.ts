import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NotFoundError, ValidationError } from '../../platform/http/errors.ts'
import { sendNewsroomPage } from '../accounts/index.ts'
import { listEditableWeatherPlaces, type EditableWeatherPlace } from '../weather/index.ts'
import { typedValues } from './site-admin-form.ts'
import { administrator, formBody, idParam, type SiteAdminDeps } from './site-admin-kit.ts'
import { emptyForm, ADMIN, type FormState } from './views/admin-form.view.ts'
import { weatherPlaceFormView } from './views/weather-place-form.view.ts'
import { weatherPlacesView } from './views/weather-places.view.ts'
import { parsePlaceForm, PLACE_FIELDS, WeatherAdmin } from './weather-admin.ts'

const LIST = `${ADMIN}/thoi-tiet`

/** /quan-tri/thoi-tiet: the places of the weather block. */
export function weatherAdminRoutes(deps: SiteAdminDeps) {
  const admin = new WeatherAdmin(deps)
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/quan-tri/thoi-tiet', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      return sendNewsroomPage(req, reply, 'Thời tiết', weatherPlacesView(await listEditableWeatherPlaces(deps.db), req.signedIn!.session.csrfToken))
    })

    app.get('/quan-tri/thoi-tiet/moi', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      return sendForm(req, reply, undefined, emptyForm())
    })

    app.post('/quan-tri/thoi-tiet', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      const values = typedValues(formBody(req), PLACE_FIELDS)
      try {
        await admin.create(actor, parsePlaceForm(values), await listEditableWeatherPlaces(deps.db))
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, undefined, { values, errors: error.fields }, 422)
        throw error
      }
    })

    app.get('/quan-tri/thoi-tiet/:id', async (req, reply) => {
      if (!administrator(req, reply)) return reply
      const place = await placeOf(req)
      return sendForm(req, reply, place, emptyForm({ name: place.name, latitude: String(place.latitude), longitude: String(place.longitude), position: String(place.position) }))
    })

    app.post('/quan-tri/thoi-tiet/:id', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      const place = await placeOf(req)
      const values = typedValues(formBody(req), PLACE_FIELDS)
      try {
        await admin.update(actor, place, parsePlaceForm(values))
        return reply.redirect(LIST, 303)
      } catch (error) {
        if (error instanceof ValidationError) return sendForm(req, reply, place, { values, errors: error.fields }, 422)
        throw error
      }
    })

    app.post('/quan-tri/thoi-tiet/:id/xoa', async (req, reply) => {
      const actor = administrator(req, reply)
      if (!actor) return reply
      await admin.remove(actor, await placeOf(req))
      return reply.redirect(LIST, 303)
    })
  }

  async function placeOf(req: FastifyRequest): Promise<EditableWeatherPlace> {
    const id = idParam(req)
    const place = (await listEditableWeatherPlaces(deps.db)).find((p) => p.id === id)
    if (!place) throw new NotFoundError('Weather place not found', 'Không tìm thấy địa điểm.')
    return place
  }

  function sendForm(req: FastifyRequest, reply: FastifyReply, place: EditableWeatherPlace | undefined, form: FormState, status = 200) {
    return sendNewsroomPage(req, reply, place ? 'Sửa địa điểm thời tiết' : 'Thêm địa điểm thời tiết', weatherPlaceFormView(place, form, req.signedIn!.session.csrfToken), status)
  }
}
