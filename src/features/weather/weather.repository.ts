import type { Db } from '../../platform/db/connect.ts'
import { toInstant } from '../../platform/text/time.ts'
import type { PlaceWeather, WeatherPlace, WeatherReport } from './weather-report.ts'

export async function listWeatherPlaces(db: Db): Promise<WeatherPlace[]> {
  return db.selectFrom('weather_places').select(['id', 'name', 'latitude', 'longitude']).orderBy('position').orderBy('id').execute()
}

export async function listPlaceWeather(db: Db): Promise<PlaceWeather[]> {
  const places = await listWeatherPlaces(db)
  const reports = await db.selectFrom('weather_reports').select(['place_id', 'fetched_at', 'report_json']).execute()
  return places.map((place) => {
    const row = reports.find((r) => r.place_id === place.id)
    return { place, report: row ? (JSON.parse(row.report_json) as WeatherReport) : undefined, fetchedAt: row ? toInstant(row.fetched_at) : undefined }
  })
}

export async function saveWeatherReport(db: Db, placeId: number, report: WeatherReport, fetchedAt: Date): Promise<void> {
  const values = { fetched_at: fetchedAt.toISOString(), report_json: JSON.stringify(report) }
  await db.insertInto('weather_reports').values({ place_id: placeId, ...values })
    .onConflict((oc) => oc.column('place_id').doUpdateSet(values))
    .execute()
}

export async function insertWeatherPlace(db: Db, place: Omit<WeatherPlace, 'id'> & { position: number }): Promise<number> {
  const { id } = await db.insertInto('weather_places').values(place).returning('id').executeTakeFirstOrThrow()
  return id
}

export type EditableWeatherPlace = WeatherPlace & { position: number }

export async function listEditableWeatherPlaces(db: Db): Promise<EditableWeatherPlace[]> {
  return db.selectFrom('weather_places').select(['id', 'name', 'latitude', 'longitude', 'position']).orderBy('position').orderBy('id').execute()
}

export async function updateWeatherPlace(db: Db, id: number, place: Omit<EditableWeatherPlace, 'id'>): Promise<boolean> {
  const result = await db.updateTable('weather_places').set(place).where('id', '=', id).executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Its stored reports go with it (ON DELETE CASCADE). */
export async function deleteWeatherPlace(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('weather_places').where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}
