import nodemailer, { type TransportOptions } from 'nodemailer'

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
 * tries again later, rather than holding the delivery job for minutes.
 */
export function smtpTransport(url: string): MailTransport {
  const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as TransportOptions)
  return {
    async send(envelope) {
      await transport.sendMail({
        from: envelope.from, to: envelope.to, subject: envelope.subject, text: envelope.text, html: envelope.html,
        messageId: envelope.messageId,
      })
    },
    close: () => transport.close(),
  }
}
