export { translationsModule } from './translations.module.ts'
export { ArticleTranslations, translationState } from './article-translations.ts'
export { STATUS_PATH as TRANSLATION_STATUS_PATH } from './paths.ts'
