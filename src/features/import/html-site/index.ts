export { HtmlSiteSource, openHtmlSiteSource } from './html-site-source.ts'
export { checkHtmlSiteMap, formatMapCheck, NOTHING_MATCHED, type MapCheck, type RuleCheck, type SampleCheck } from './map-check.ts'
