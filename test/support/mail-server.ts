import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server in the test's process: what the portal sends arrives here over TCP and is
 * parsed as a mail program would. `stop()` and `start()` take it away and bring it back on the
 * same port, as a mail server that goes down for a while.
 */
export class TestMailServer {
  readonly received: ParsedMail[] = []
  #server: SMTPServer | undefined
  #port = 0

  get url(): string {
    return `smtp://127.0.0.1:${this.#port}`
  }

  async start(): Promise<this> {
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
      onData: (stream, _session, done) => {
        simpleParser(stream).then((mail) => { this.received.push(mail); done() }, done)
      },
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.#port, '127.0.0.1', () => resolve())
    })
    this.#port = (server.server.address() as AddressInfo).port
    this.#server = server
    return this
  }

  async stop(): Promise<void> {
    const server = this.#server
    this.#server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  /** The mail sent to `address`, oldest first. */
  to(address: string): ParsedMail[] {
    return this.received.filter((m) => [m.to].flat().some((to) => to?.value.some((v) => v.address === address)))
  }
}
