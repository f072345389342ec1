export { WeatherRefresher, type WeatherRound } from './weather.refresher.ts'
export {
  listPlaceWeather, insertWeatherPlace, listEditableWeatherPlaces, updateWeatherPlace, deleteWeatherPlace,
  type EditableWeatherPlace,
} from './weather.repository.ts'
export type { WeatherPlace } from './weather-report.ts'
export { weatherBlockView } from './weather-block.view.ts'
export { describeWeather } from './weather-codes.ts'
export { weatherMessages } from './messages.ts'
export { weatherBlock } from './weather.block.ts'
export { weatherModule } from './weather.module.ts'
