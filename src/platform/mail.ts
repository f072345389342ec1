import type { Db } from './db/connect.ts'
import type { Lang } from './i18n/index.ts'

// Outgoing e-mail as features ask for it: a letter in words, never HTML. The mail module lays
// it out (HTML and plain text, the organisation's name and address at the foot), keeps it in a
// durable outbox and sends it over SMTP; features only say who gets what.

export interface Letter {
  /** What it is, in the newsroom's words, for the administrator's list of mail ("Lời mời vào tòa soạn"). */
  kind: string
  to: string
  /** The reader's language: 'en' where they used the English pages. */
  lang: Lang
  subject: string
  /** Plain text, one paragraph each; escaped in the HTML part. */
  paragraphs: readonly string[]
  /** The one thing to do: a button in the HTML part, the address on its own line in the text. */
  action?: { label: string; href: string }
}

export interface Mailer {
  /** False when SMTP_URL is not set: letters wait in the outbox and the newsroom says mail is off. */
  readonly enabled: boolean
  /**
   * Puts the letter in the outbox with `db`, which may be the caller's transaction, so the mail
   * exists exactly when the change that causes it was kept. Returns the outbox row's id.
   */
  queue(db: Db, letter: Letter): Promise<number>
  /** Asks for a delivery soon; call it after the transaction that queued letters committed. */
  wake(): void
}
