import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { eventually, freePort } from './wait.ts'

const SITE_CONFIG = fileURLToPath(new URL('../../deploy/nginx/toasoan.conf', import.meta.url))

/**
 * Debian's nginx running deploy/nginx/toasoan.conf as shipped, with only its upstream ports, its
 * listening port and its cache folder replaced.
 */
export class TestNginx {
  private constructor(private readonly dir: string, private readonly process: ChildProcess, readonly port: number) {}

  static async start(upstreamPorts: [number, number]): Promise<TestNginx> {
    const dir = mkdtempSync(join(tmpdir(), 'toasoan-nginx-'))
    for (const sub of ['cache', 'temp']) mkdirSync(join(dir, sub))
    const port = await freePort()
    const site = readFileSync(SITE_CONFIG, 'utf8')
      .replace('127.0.0.1:3001', `127.0.0.1:${upstreamPorts[0]}`)
      .replace('127.0.0.1:3002', `127.0.0.1:${upstreamPorts[1]}`)
      .replace('listen 80;', `listen 127.0.0.1:${port};`)
      .replace('/var/cache/nginx/toasoan', join(dir, 'cache'))
    writeFileSync(join(dir, 'toasoan.conf'), site)
    writeFileSync(join(dir, 'nginx.conf'), `
user root;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  include ${dir}/toasoan.conf;
}
`)
    const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    const nginx = new TestNginx(dir, child, port)
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}${readFileSync(join(dir, 'error.log'), 'utf8')}`)
      return fetch(nginx.url + '/healthz').then(() => true, () => false)
    }, 'nginx answers')
    return nginx
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve))
      this.process.kill('SIGQUIT')
      await exited
    }
    rmSync(this.dir, { recursive: true, force: true })
  }
}
