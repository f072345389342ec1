import type { Lang } from '../../platform/i18n/index.ts'

/** The survey's addresses in each language. */
export interface SurveyPaths {
  lang: Lang
  form: string
  results: string
}

export const SURVEY_PATHS: Record<Lang, SurveyPaths> = {
  vi: { lang: 'vi', form: '/khao-sat', results: '/khao-sat/ket-qua' },
  en: { lang: 'en', form: '/en/survey', results: '/en/survey/results' },
}

/** The page-cache tag of the survey's results (purged when an answer counts). */
export const SURVEY_RESULTS_TAG = 'survey-results'
