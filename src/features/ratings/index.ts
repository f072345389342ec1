export { ratingsModule } from './ratings.module.ts'
export { Ratings } from './ratings.service.ts'
export { RATING_REASONS, type Rating, type RatingReason } from './rating.ts'
export { ratingMessages, surveyMessages } from './messages.ts'
