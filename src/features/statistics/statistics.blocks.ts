import { readFileSync } from 'node:fs'
import type { Db } from '../../platform/db/connect.ts'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'
import type { Block } from '../../platform/layout/index.ts'
import { html } from '../../platform/views/html.ts'
import { statisticsMessages } from './messages.ts'
import { readCounterSettings } from './visit.repository.ts'

export const BEACON_SCRIPT = hashedAsset('luot-truy-cap', readFileSync(new URL('./browser/visit-beacon.js', import.meta.url)), 'js')
export const COUNTER_SCRIPT = hashedAsset('dem-truy-cap', readFileSync(new URL('./browser/visit-counter.js', import.meta.url)), 'js')
/** Readers without JavaScript are counted by this image (the page it is on is its Referer). */
export const NOSCRIPT_IMAGE = '/luot-truy-cap/anh.gif'

/** The visit beacon on every public page: always shown, or the statistics would miss pages. */
export const visitBeaconBlock = (): Block => ({
  id: 'visit-beacon',
  title: 'Đếm lượt truy cập (không hiện gì)',
  slots: ['footer'],
  defaultPlacement: { slot: 'footer', order: 90 },
  alwaysShown: true,
  render: async () => html`<script src="${BEACON_SCRIPT.url}" defer></script><noscript><img src="${NOSCRIPT_IMAGE}" alt="" width="1" height="1"></noscript>`,
  staleOn: [],
})

/** "Đang truy cập", "Hôm nay", "Tổng lượt truy cập", as the administrator chose: filled in by a script. */
export const visitCounterBlock = (db: Db): Block => ({
  id: 'visit-counter',
  title: 'Bộ đếm truy cập',
  slots: ['footer', 'sidebar'],
  defaultPlacement: { slot: 'footer', order: 80 },
  render: async (locale) => {
    const shown = await readCounterSettings(db)
    const t = locale.t(statisticsMessages)
    const items = [['online', shown.showOnline, t('online')], ['today', shown.showToday, t('today')], ['total', shown.showTotal, t('total')]] as const
    if (!items.some(([, show]) => show)) return html``
    return html`<section class="visit-counter" data-visit-counter hidden aria-label="${t('counter')}"><dl>${items.filter(([, show]) => show).map(([key, , label]) => html`<div data-visit="${key}"><dt>${label}</dt><dd></dd></div>`)}</dl></section>
<script src="${COUNTER_SCRIPT.url}" defer></script>`
  },
  staleOn: ['statistics.counter-changed'],
})
