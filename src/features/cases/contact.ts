import { may, type NewsroomUser } from '../accounts/index.ts'
import type { Action } from '../../platform/module.ts'

// A citizen's contact details (Decree 13/2023): compared for the look-up, hidden from newsroom
// users who do not handle the case.

/** A phone as typed ("+84 912 345 678", "0912.345.678") to the digits compared: 0912345678. */
export function normalisePhone(text: string): string {
  const digits = text.replace(/[^\d+]/g, '')
  if (digits.startsWith('+84')) return `0${digits.slice(3)}`
  if (digits.startsWith('84') && digits.length === 11) return `0${digits.slice(2)}`
  return digits.replace(/\+/g, '')
}

export const PHONE = /^0\d{9,10}$/

/** The e-mail or the phone the citizen gave, however the phone is written now. */
export function contactMatches(kept: { email: string; phone: string }, typed: string): boolean {
  const text = typed.normalize('NFC').trim().toLowerCase()
  if (!text) return false
  if (text.includes('@')) return kept.email !== '' && kept.email === text
  const phone = normalisePhone(text)
  return kept.phone !== '' && phone.length >= 9 && kept.phone === phone
}

/** Who handles a kind of case: the one it is given to (holding `handle`), and every holder of `approve`. */
export interface HandlingRights {
  handle: Action
  approve: Action
}

export function maySeeContact(user: NewsroomUser, handlerId: number | undefined, rights: HandlingRights): boolean {
  return may(user, rights.approve) || (handlerId === user.id && may(user, rights.handle))
}

/** The case as this user is shown it: the named fields emptied when the contact is not theirs to see. */
export function withContactFor<T extends object>(user: NewsroomUser, c: T, handlerId: number | undefined, rights: HandlingRights, fields: readonly (keyof T)[]): T & { contactHidden: boolean } {
  if (maySeeContact(user, handlerId, rights)) return { ...c, contactHidden: false }
  return { ...c, ...Object.fromEntries(fields.map((f) => [f, ''])), contactHidden: true }
}
