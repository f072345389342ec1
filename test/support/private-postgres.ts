import { execFileSync } from 'node:child_process'
import { chownSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './wait.ts'

/**
 * A PostgreSQL server of the test's own (the machine's binaries, a throw-away data folder), so
 * that a test may stop and start it, which the shared one must never be. Runs as the postgres
 * user, since PostgreSQL refuses to run as root.
 */
export class PrivatePostgres {
  private constructor(readonly dir: string, readonly port: number) {}

  static async start(): Promise<PrivatePostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'toasoan-pg-'))
    const { uid, gid } = postgresUser()
    chownSync(dir, uid, gid)
    const server = new PrivatePostgres(dir, await freePort())
    asPostgres(join(binDir(), 'initdb'), ['-D', server.dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'])
    server.start()
    return server
  }

  get dataDir(): string {
    return join(this.dir, 'data')
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`
  }

  start(): void {
    asPostgres(join(binDir(), 'pg_ctl'), ['-D', this.dataDir, '-w', '-l', join(this.dir, 'log'), '-o', `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start'])
  }

  stop(): void {
    asPostgres(join(binDir(), 'pg_ctl'), ['-D', this.dataDir, '-w', '-m', 'fast', 'stop'])
  }

  remove(): void {
    try {
      this.stop()
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true })
  }
}

function asPostgres(command: string, args: string[]): void {
  execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'ignore' })
}

function binDir(): string {
  const version = execFileSync('ls', ['/usr/lib/postgresql'], { encoding: 'utf8' }).split('\n').filter(Boolean).sort((a, b) => Number(b) - Number(a))[0]
  return `/usr/lib/postgresql/${version}/bin`
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}
