import type { Locale } from '../../platform/i18n/index.ts'
import type { Letter } from '../../platform/mail.ts'
import { html } from '../../platform/views/html.ts'
import type { SiteSettings } from '../site/index.ts'
import { mailMessages } from './messages.ts'

export interface LaidOut {
  text: string
  html: string
}

/**
 * A letter as it is sent: plain text for every mail program, and a simple HTML part (inline
 * styles only, since mail programs drop style sheets) with the same words. Both end with the
 * organisation's name and address, as a public body's mail must say who sent it.
 */
export function layOut(letter: Letter, site: SiteSettings, locale: Locale): LaidOut {
  const t = locale.t(mailMessages)
  const foot = [site.name, site.address, [site.phone, site.email].filter(Boolean).join(' · ')].filter(Boolean)
  const text = [
    ...letter.paragraphs,
    ...(letter.action ? [`${letter.action.label}:\n${letter.action.href}`] : []),
    ['--', ...foot, t('automatic', { site: site.name })].join('\n'),
  ].join('\n\n') + '\n'
  const button = letter.action
    ? html`<p style="margin:24px 0"><a href="${letter.action.href}" style="background:#a50e0e;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none;display:inline-block">${letter.action.label}</a></p>
<p style="font-size:13px;color:#555">${t('linkHint')}<br><a href="${letter.action.href}" style="color:#0b57d0;word-break:break-all">${letter.action.href}</a></p>`
    : ''
  const page = html`<!doctype html>
<html lang="${letter.lang}"><head><meta charset="utf-8"><title>${letter.subject}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;border-top:4px solid #a50e0e">
${letter.paragraphs.map((p) => html`<p style="font-size:16px;line-height:1.5;margin:0 0 16px">${p}</p>`)}
${button}
<hr style="border:0;border-top:1px solid #ddd;margin:24px 0 12px">
<p style="font-size:13px;color:#555;line-height:1.5;margin:0">${foot.map((line, i) => html`${i > 0 ? html`<br>` : ''}${i === 0 ? html`<strong>${line}</strong>` : line}`)}<br>${t('automatic', { site: site.name })}</p>
</div></body></html>
`
  return { text, html: page.value }
}
