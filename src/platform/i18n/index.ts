export { defineMessages, LANGUAGES, type Catalogue, type Lang, type Message, type Messages, type Plural } from './catalogue.ts'
export { createLocale, Locales, type Locale, type LocaleOptions, type Translate } from './locale.ts'
export { placeholdersOf } from './placeholders.ts'
export { catalogueProblems } from './completeness.ts'
