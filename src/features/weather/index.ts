export { WeatherRefresher } from './weather.refresher.ts'
export { listPlaceWeather, insertWeatherPlace } from './weather.repository.ts'
export { weatherBlockView } from './weather-block.view.ts'
export { describeWeather } from './weather-codes.ts'
