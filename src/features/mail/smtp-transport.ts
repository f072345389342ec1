import type { TransportOptions, Transporter } from 'nodemailer'

/** One message as it leaves: the outbox row's id gives it a Message-ID that stays the same on every retry. */
export interface Envelope {
  from: string
  to: string
  subject: string
  text: string
  html: string
  messageId: string
}

export interface MailTransport {
  send(envelope: Envelope): Promise<void>
  close(): void
}

/**
 * SMTP through nodemailer, from SMTP_URL (smtp://user:pass@host:587 upgrades with STARTTLS when
 * offered; smtps:// on 465). Timeouts are short: a dead server fails the attempt, and the outbox
 * tries again later, rather than holding the delivery job for minutes. nodemailer is loaded at the
 * first message, not when the portal starts (it is a tenth of a second of every process's start).
 */
export function smtpTransport(url: string): MailTransport {
  let transport: Promise<Transporter> | undefined
  const open = () => transport ??= import('nodemailer').then(({ default: nodemailer }) =>
    nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as TransportOptions))
  return {
    async send(envelope) {
      await (await open()).sendMail({
        from: envelope.from, to: envelope.to, subject: envelope.subject, text: envelope.text, html: envelope.html,
        messageId: envelope.messageId,
      })
    },
    close: () => void transport?.then((t) => t.close()),
  }
}
