import { createHash } from 'node:crypto'

/** Thông tin, cảnh báo, khẩn cấp: said in words on the page, never by colour alone. */
export const ALERT_LEVELS = ['info', 'warning', 'emergency'] as const
export type AlertLevel = (typeof ALERT_LEVELS)[number]

export const LEVEL_WORDS: Record<AlertLevel, string> = { info: 'Thông tin', warning: 'Cảnh báo', emergency: 'Khẩn cấp' }

export const TEXT_MAX = 300
export const LINK_MAX = 500

export interface Alert {
  id: number
  level: AlertLevel
  textVi: string
  /** Empty: English pages show the Vietnamese text. */
  textEn: string
  link: string
  startsAt: Date
  endsAt: Date
  /** Ended early by hand ("Kết thúc ngay"). */
  endedAt: Date | null
  updatedAt: Date
}

/** What the approver types: the alert without what the portal keeps about it. */
export type AlertInput = Pick<Alert, 'level' | 'textVi' | 'textEn' | 'link' | 'startsAt' | 'endsAt'>

export type AlertState = 'active' | 'scheduled' | 'ended'

export function stateOf(alert: Alert, now: Date): AlertState {
  if (alert.endedAt || alert.endsAt <= now) return 'ended'
  return alert.startsAt > now ? 'scheduled' : 'active'
}

export const isLevel = (value: string): value is AlertLevel => (ALERT_LEVELS as readonly string[]).includes(value)

/**
 * What a reader's "hide" remembers: the alert and its words. Another alert, or the same one
 * with its text or link changed, has another key and shows again.
 */
export function dismissKey(alert: Pick<Alert, 'id' | 'level' | 'textVi' | 'textEn' | 'link'>): string {
  const digest = createHash('sha1').update([alert.level, alert.textVi, alert.textEn, alert.link].join('\u0000')).digest('base64url').slice(0, 10)
  return `${alert.id}-${digest}`
}
