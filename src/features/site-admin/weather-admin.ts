import { NotFoundError } from '../../platform/http/errors.ts'
import { deleteWeatherPlace, insertWeatherPlace, updateWeatherPlace, type EditableWeatherPlace } from '../weather/index.ts'
import { announcedChanges, FormCheck, nextPosition, type Actor, type FormValues } from '../admin-kit/index.ts'
import type { SiteAdminDeps } from './site-admin-kit.ts'

export const PLACE_FIELDS = ['name', 'latitude', 'longitude', 'position'] as const

export interface PlaceInput {
  name: string
  latitude: number
  longitude: number
  position: number | undefined
}

export function parsePlaceForm(values: FormValues): PlaceInput {
  const check = new FormCheck(values)
  const input = {
    name: check.text('name', 'tên địa điểm', 100, { required: true }),
    latitude: check.number('latitude', 'vĩ độ', -90, 90),
    longitude: check.number('longitude', 'kinh độ', -180, 180),
    position: check.position(),
  }
  check.done()
  return input
}

/**
 * The places of the weather block. A new place shows once the refresher has fetched its
 * forecast (the next round); until then the block leaves it out rather than show nothing.
 */
export class WeatherAdmin {
  readonly #change

  constructor(deps: SiteAdminDeps) {
    this.#change = announcedChanges(deps, 'weather.changed', () => ({}))
  }

  create(actor: Actor, input: PlaceInput, places: EditableWeatherPlace[]) {
    return this.#change(actor, async (trx) => {
      const id = await insertWeatherPlace(trx, { ...input, position: input.position ?? nextPosition(places) })
      return { action: 'weather-place.create', itemType: 'weather-place', itemId: id, details: { name: input.name, latitude: input.latitude, longitude: input.longitude } }
    })
  }

  update(actor: Actor, place: EditableWeatherPlace, input: PlaceInput) {
    return this.#change(actor, async (trx) => {
      if (!(await updateWeatherPlace(trx, place.id, { ...input, position: input.position ?? place.position }))) throw new NotFoundError()
      const { id: _, ...before } = place
      return { action: 'weather-place.update', itemType: 'weather-place', itemId: place.id, details: { before, after: input } }
    })
  }

  remove(actor: Actor, place: EditableWeatherPlace) {
    return this.#change(actor, async (trx) => {
      if (!(await deleteWeatherPlace(trx, place.id))) throw new NotFoundError()
      return { action: 'weather-place.delete', itemType: 'weather-place', itemId: place.id, details: { name: place.name } }
    })
  }
}
