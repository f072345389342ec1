// Just enough of iCalendar (RFC 5545) for a published calendar: no library on the registry
// is small and kept enough to be worth a dependency for one VEVENT shape, and the rules are
// few: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), TEXT values
// escaped, local times tied to a VTIMEZONE. The tests read the output back by those rules.

import { escapeText, foldLine } from '../../platform/text/content-lines.ts'

export const ICAL_TIME_ZONE = 'Asia/Ho_Chi_Minh'

export interface IcalEvent {
  /** Stable across feeds and changes, so a calendar application updates the event in place. */
  uid: string
  /** Local day and times in Viet Nam: "2026-12-07", "08:00". */
  day: string
  startsAt: string
  endsAt: string | null
  summary: string
  location: string
  description: string
  url: string
  cancelled: boolean
  lastModified: Date
}

export interface IcalCalendar {
  name: string
  productId: string
  events: readonly IcalEvent[]
  /** When the feed was made: every event's DTSTAMP. */
  stamp: Date
}

const utcStamp = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
const localStamp = (day: string, time: string) => `${day.replace(/-/g, '')}T${time.replace(':', '')}00`

export function icalendar(calendar: IcalCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${calendar.productId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`, `X-WR-TIMEZONE:${ICAL_TIME_ZONE}`,
    // Viet Nam has kept UTC+7 without summer time since 1975: one STANDARD part is the whole zone.
    'BEGIN:VTIMEZONE', `TZID:${ICAL_TIME_ZONE}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700',
    'TZNAME:ICT', 'END:STANDARD', 'END:VTIMEZONE',
  ]
  const stamp = utcStamp(calendar.stamp)
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp}`, `LAST-MODIFIED:${utcStamp(event.lastModified)}`,
      `DTSTART;TZID=${ICAL_TIME_ZONE}:${localStamp(event.day, event.startsAt)}`,
      ...(event.endsAt ? [`DTEND;TZID=${ICAL_TIME_ZONE}:${localStamp(event.day, event.endsAt)}`] : []),
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      `URL:${event.url}`, `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
