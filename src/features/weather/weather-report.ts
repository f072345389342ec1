/** What the block shows for one place, already checked and in our own shape. */
export interface WeatherReport {
  current: { temperature: number; humidity: number | undefined; windSpeed: number | undefined; code: number }
  days: { date: string; code: number; min: number; max: number }[]
}

export interface WeatherPlace {
  id: number
  name: string
  latitude: number
  longitude: number
}

export interface PlaceWeather {
  place: WeatherPlace
  report: WeatherReport | undefined
  fetchedAt: Date | undefined
}
