import { readFileSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { hashedAsset, serveHashedAsset } from '../../platform/http/hashed-asset.ts'
import type { PublicResponder } from '../../platform/http/public-response.ts'
import type { Locale } from '../../platform/i18n/index.ts'
import { html, type SafeHtml } from '../../platform/views/html.ts'
import { hasBodyMedia, hasInteractiveMedia } from './body-media.ts'
import { bodyMediaMessages } from './body-media-messages.ts'

export const BODY_MEDIA_SCRIPT = hashedAsset('anh-video', readFileSync(new URL('./browser/body-media.js', import.meta.url)), 'js')
export const BODY_MEDIA_STYLESHEET = hashedAsset('anh-video', readFileSync(new URL('./browser/body-media.css', import.meta.url)), 'css')

export function serveBodyMediaAssets(app: FastifyInstance, responder: PublicResponder): void {
  serveHashedAsset(app, responder, BODY_MEDIA_SCRIPT)
  serveHashedAsset(app, responder, BODY_MEDIA_STYLESHEET)
}

/**
 * What an article page with galleries or videos links (nothing for the others): their small
 * stylesheet, and the script that makes galleries browsable and YouTube videos click-to-load,
 * given its words in the page's language.
 */
export function bodyMediaAssets(bodyHtml: string, locale: Locale): SafeHtml | '' {
  if (!hasBodyMedia(bodyHtml)) return ''
  const t = locale.t(bodyMediaMessages)
  const stylesheet = html`<link rel="stylesheet" href="${BODY_MEDIA_STYLESHEET.url}">`
  if (!hasInteractiveMedia(bodyHtml)) return stylesheet
  return html`${stylesheet}<script src="${BODY_MEDIA_SCRIPT.url}" defer data-gallery="${t('gallery', { index: '{index}', all: '{all}' })}" data-carousel="${t('carousel')}" data-photo="${t('photo', { index: '{index}', all: '{all}' })}" data-previous="${t('previous')}" data-next="${t('next')}" data-open="${t('open')}" data-close="${t('close')}" data-play="${t('play')}"></script>`
}
