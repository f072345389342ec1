import { adminScreenRoutes } from '../admin-kit/index.ts'
import { listEditableWeatherPlaces, type EditableWeatherPlace } from '../weather/index.ts'
import type { SiteAdminDeps } from './site-admin-kit.ts'
import { weatherPlaceFormView } from './views/weather-place-form.view.ts'
import { weatherPlacesView } from './views/weather-places.view.ts'
import { parsePlaceForm, PLACE_FIELDS, WeatherAdmin, type PlaceInput } from './weather-admin.ts'

/** /quan-tri/thoi-tiet: the places of the weather block. */
export function weatherAdminRoutes(deps: SiteAdminDeps) {
  const admin = new WeatherAdmin(deps)
  const places = () => listEditableWeatherPlaces(deps.db)
  return adminScreenRoutes<EditableWeatherPlace, PlaceInput>({
    right: 'site.administer',
    path: '/quan-tri/thoi-tiet',
    list: { path: '/quan-tri/thoi-tiet', page: async (csrfToken) => ({ title: 'Thời tiết', main: weatherPlacesView(await places(), csrfToken) }) },
    fields: PLACE_FIELDS,
    find: async (id) => (await places()).find((p) => p.id === id),
    notFound: { message: 'Weather place not found', messageVi: 'Không tìm thấy địa điểm.' },
    valuesOf: (place) => ({ name: place.name, latitude: String(place.latitude), longitude: String(place.longitude), position: String(place.position) }),
    parse: async (values) => parsePlaceForm(values),
    formPage: async (place, form, csrfToken) => ({
      title: place ? 'Sửa địa điểm thời tiết' : 'Thêm địa điểm thời tiết',
      main: weatherPlaceFormView(place, form, csrfToken),
    }),
    create: async (actor, input) => admin.create(actor, input, await places()),
    update: (actor, place, input) => admin.update(actor, place, input),
    remove: (actor, place) => admin.remove(actor, place),
  })
}
