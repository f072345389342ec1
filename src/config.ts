import { isIP } from 'node:net'
import { basename, extname } from 'node:path'
import { parseDatabaseUrl } from './platform/db/connect.ts'
import type { MediaStorageSettings, S3StorageOptions } from './platform/storage/index.ts'

export type S3Connection = Omit<S3StorageOptions, 'bucket'>

// The only reader of process.env. Every problem is reported at once, naming the variable.
export interface Config {
  readonly port: number
  readonly host: string
  readonly databaseUrl: string
  readonly redisUrl: string | undefined
  /** Starts every Redis key and channel of this portal, so that portals sharing one Redis stay apart. */
  readonly redisPrefix: string
  readonly mediaDir: string
  /** The local folder (MEDIA_DIR) unless MEDIA_STORAGE=s3. */
  readonly mediaStorage: MediaStorageSettings
  /** The S3 server and key pair (S3_* but the bucket): the media bucket's, and the scheduled backups' (`--to s3://BUCKET`). */
  readonly s3: S3Connection
  /** Where new uploads are linked (a CDN or the bucket's own address); undefined: `/media` on this site. */
  readonly mediaPublicUrl: string | undefined
  /** The portal's own address, for the absolute links of feeds, the sitemap and robots.txt (never the request's Host). */
  readonly publicUrl: string
  readonly weatherUrl: string
  /** Outgoing mail's server (`smtp://` or `smtps://`, user and password in it); undefined: e-mail is off. */
  readonly smtpUrl: string | undefined
  /** The sender of the portal's mail ("Cổng thông tin <no-reply@…>"); by default no-reply at the public address's host. */
  readonly mailFrom: string
  /** Where a YouTube video's picture is fetched when an article is saved; `{id}` is the video's id. */
  readonly youtubePosterUrl: string
  readonly seedDemo: boolean
  /** Off only for measuring the renderer (`npm run bench`); anonymous pages are cached otherwise. */
  readonly pageCache: boolean
  readonly logLevel: string
  /** Processes sharing the port (`WORKERS`, or `npm start -- --workers N`). */
  readonly workers: number
  /** The proxies whose X-Forwarded-For and -Proto are believed: addresses, CIDRs, or `loopback`. */
  readonly trustProxy: readonly string[]
  /** `npm run bench` only: the file SIGUSR2 writes the event loop's delay to (platform/event-loop-report.ts). */
  readonly eventLoopReport: string | undefined
  /** A folder with the portal's own theme.css and, optionally, views that replace the header, footer, article card or home layout. */
  readonly themeDir: string | undefined
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`)
  }
}

const BOOLEAN: Record<string, boolean> = { true: true, '1': true, yes: true, on: true, false: false, '0': false, no: false, off: false }

export function loadConfig(env: Record<string, string | undefined> = process.env, defaults: { seedDemo: boolean } = { seedDemo: true }): Config {
  const problems: string[] = []

  const readPort = (): number => {
    const raw = env.PORT ?? '3000'
    const port = Number(raw)
    if (!/^\d+$/.test(raw) || port < 0 || port > 65535) problems.push(`PORT must be a number from 0 to 65535 (got "${raw}")`)
    return port
  }
  const readBoolean = (name: string, fallback: boolean): boolean => {
    const raw = env[name]
    if (raw === undefined || raw === '') return fallback
    const value = BOOLEAN[raw.toLowerCase()]
    if (value === undefined) problems.push(`${name} must be true or false (got "${raw}")`)
    return value ?? fallback
  }
  const readUrl = (name: string, fallback: string | undefined, protocols: string[]): string | undefined => {
    const raw = env[name] || fallback
    if (raw === undefined) return undefined
    try {
      const url = new URL(raw)
      if (!protocols.includes(url.protocol)) problems.push(`${name} must use ${protocols.join(' or ')} (got "${raw}")`)
    } catch {
      problems.push(`${name} is not a valid URL (got "${raw}")`)
    }
    return raw
  }

  const port = readPort()
  const host = readHost(env.HOST || '127.0.0.1', problems)
  const databaseUrl = env.DATABASE_URL || 'sqlite:./data/toasoan.db'
  if (!parseDatabaseUrl(databaseUrl)) problems.push(`DATABASE_URL must be sqlite:PATH or postgres://… (got "${databaseUrl}")`)
  const redisUrl = readUrl('REDIS_URL', undefined, ['redis:', 'rediss:'])
  const redisPrefix = env.REDIS_PREFIX || defaultRedisPrefix(databaseUrl)
  if (!/^[\x21-\x7e]{1,100}$/.test(redisPrefix)) problems.push(`REDIS_PREFIX must be 1 to 100 visible ASCII characters, no spaces (got "${redisPrefix}")`)
  const mediaDir = env.MEDIA_DIR || './data/media'
  const s3 = readS3Connection(env, problems, readBoolean, readUrl)
  const mediaStorage = readMediaStorage(env, mediaDir, problems, s3)
  const mediaPublicUrl = readUrl('MEDIA_PUBLIC_URL', undefined, ['http:', 'https:'])?.replace(/\/+$/, '')
  const publicUrl = readPublicUrl(host, port, problems, readUrl)
  const weatherUrl = readUrl('WEATHER_URL', 'https://api.open-meteo.com/v1/forecast', ['http:', 'https:'])!
  const youtubePosterUrl = readUrl('YOUTUBE_POSTER_URL', 'https://i.ytimg.com/vi/{id}/hqdefault.jpg', ['http:', 'https:'])!
  if (!youtubePosterUrl.includes('{id}')) problems.push(`YOUTUBE_POSTER_URL must contain {id}, where the video's id goes (got "${youtubePosterUrl}")`)
  const seedDemo = readBoolean('SEED_DEMO', defaults.seedDemo)
  const pageCache = readBoolean('PAGE_CACHE', true)
  const smtpUrl = readSmtpUrl(env.SMTP_URL, problems)
  const mailFrom = readMailFrom(env.MAIL_FROM, publicUrl, problems)
  const logLevel = env.LOG_LEVEL || 'info'
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) problems.push(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "${logLevel}")`)

  const workersRaw = env.WORKERS || '1'
  const workers = Number(workersRaw)
  if (!/^\d+$/.test(workersRaw) || workers < 1 || workers > 64) problems.push(`WORKERS must be a whole number from 1 to 64 (got "${workersRaw}")`)

  const trustProxy = readTrustProxy(env.TRUST_PROXY, problems)
  const eventLoopReport = env.EVENT_LOOP_REPORT || undefined
  const themeDir = env.THEME_DIR || undefined

  if (problems.length > 0) throw new ConfigError(problems)
  return Object.freeze({ port, host, databaseUrl, redisUrl, redisPrefix, mediaDir, mediaStorage: Object.freeze(mediaStorage), s3: Object.freeze(s3), mediaPublicUrl, publicUrl, weatherUrl, smtpUrl, mailFrom, youtubePosterUrl, seedDemo, pageCache, logLevel, workers, trustProxy: Object.freeze(trustProxy), eventLoopReport, themeDir })
}

// A name the resolver could look up (letters, digits, hyphens, dot-separated labels) or an IP
// address; anything else (a URL, a port glued on, a typo with a space) would only fail at listen.
// A name never ends in an all-digit label, so 256.1.1.1 is a mistyped address, not a name.
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i

function readHost(host: string, problems: string[]): string {
  if (isIP(host) === 0 && (!HOST_NAME.test(host) || /(^|\.)\d+\.?$/.test(host))) problems.push(`HOST must be an IP address or a host name such as 0.0.0.0, :: or localhost (got "${host}")`)
  return host
}

// Portals sharing one Redis must not purge each other's pages: each works under its own prefix,
// by default named after its database (instances of one portal share the database, so the prefix).
function defaultRedisPrefix(databaseUrl: string): string {
  const parsed = parseDatabaseUrl(databaseUrl)
  let name = 'toasoan'
  if (parsed?.dialect === 'sqlite') {
    name = parsed.location === ':memory:' ? 'memory' : basename(parsed.location, extname(parsed.location))
  } else if (parsed?.dialect === 'postgres') {
    try {
      const url = new URL(parsed.location)
      name = decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username) || 'postgres'
    } catch {
      // DATABASE_URL is reported on its own.
    }
  }
  return `toasoan:${name.replace(/[^A-Za-z0-9_.-]/g, '_') || 'toasoan'}:`
}

// Whoever is trusted as a proxy chooses the client address every limit per address is keyed by
// (comments, sign-in guard, view counts). Only named proxies, then: never "everyone" (true, *,
// a /0 network) and never a hop count, which believes whatever the farthest hops claim.
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal']

function readTrustProxy(raw: string | undefined, problems: string[]): string[] {
  if (raw === undefined || raw.trim() === '') return ['loopback']
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '')
  for (const entry of entries) {
    if (PROXY_NAMES.includes(entry)) continue
    if (/^(true|\*|\d+)$/i.test(entry)) {
      problems.push(`TRUST_PROXY must name the proxies, not "${entry}" (everyone, or a hop count, would let any client choose its own address)`)
      continue
    }
    const [address = '', prefix, ...rest] = entry.split('/')
    const family = isIP(address)
    const bits = family === 6 ? 128 : 32
    if (family === 0 || rest.length > 0 || (prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > bits))) {
      problems.push(`TRUST_PROXY must list the proxies' addresses or networks (e.g. 10.0.0.5,10.0.1.0/24), comma-separated; "${entry}" is not one`)
    } else if (prefix !== undefined && Number(prefix) === 0) {
      problems.push(`TRUST_PROXY must not trust every address ("${entry}"): name the proxies' own addresses or networks`)
    }
  }
  if (entries.length === 0) problems.push('TRUST_PROXY must list at least one address of a proxy')
  return entries
}

// Links in a cached feed outlive the request that built it: they must come from the
// configuration, or one forged Host header would be served to every reader.
function readPublicUrl(
  host: string, port: number, problems: string[],
  readUrl: (name: string, fallback: string | undefined, protocols: string[]) => string | undefined,
): string {
  const raw = readUrl('PUBLIC_URL', undefined, ['http:', 'https:'])
  if (raw === undefined) return `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  try {
    const url = new URL(raw)
    if (url.search || url.hash || url.username || url.password) problems.push(`PUBLIC_URL must be a plain address without query, fragment or credentials (got "${raw}")`)
  } catch {
    // readUrl has reported it.
  }
  return raw.replace(/\/+$/, '')
}

function readMediaStorage(env: Record<string, string | undefined>, mediaDir: string, problems: string[], s3: S3Connection): MediaStorageSettings {
  const kind = env.MEDIA_STORAGE || 'local'
  if (kind === 'local') return { kind: 'local', folder: mediaDir }
  if (kind !== 's3') {
    problems.push(`MEDIA_STORAGE must be local or s3 (got "${kind}")`)
    return { kind: 'local', folder: mediaDir }
  }
  const bucket = env.S3_BUCKET ?? ''
  // S3's own rule for bucket names (lower case, digits, dots and hyphens, 3 to 63 long).
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) problems.push(`S3_BUCKET must name the bucket (3–63 lower-case letters, digits, dots or hyphens) when MEDIA_STORAGE=s3 (got "${bucket}")`)
  return { kind: 's3', endpoint: s3.endpoint, region: s3.region, bucket, accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: s3.forcePathStyle }
}

/** Read whatever MEDIA_STORAGE is: scheduled backups may go to a bucket while the media stay on disk. */
function readS3Connection(
  env: Record<string, string | undefined>, problems: string[],
  readBoolean: (name: string, fallback: boolean) => boolean,
  readUrl: (name: string, fallback: string | undefined, protocols: string[]) => string | undefined,
): S3Connection {
  const endpoint = readUrl('S3_ENDPOINT', undefined, ['http:', 'https:'])
  const region = env.S3_REGION || 'us-east-1'
  if (!/^[a-z0-9-]{2,40}$/.test(region)) problems.push(`S3_REGION must be a region name such as us-east-1 (got "${region}")`)
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or both left out to use the AWS credential chain)')
  // A self-hosted server (an endpoint was given) almost always wants path-style addresses.
  const forcePathStyle = readBoolean('S3_FORCE_PATH_STYLE', endpoint !== undefined)
  return { endpoint, region, accessKeyId, secretAccessKey, forcePathStyle }
}

/** "Name <address>" or a bare address; without MAIL_FROM, no-reply at the portal's own host. */
function readMailFrom(raw: string | undefined, publicUrl: string, problems: string[]): string {
  if (!raw) return `no-reply@${hostOf(publicUrl)}`
  const address = /<([^<>]+)>\s*$/.exec(raw)?.[1] ?? raw
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address.trim())) problems.push(`MAIL_FROM must be an e-mail address, or a name and <address> (got "${raw}")`)
  return raw.trim()
}

/** Checked without echoing the value: it may hold the mail server's password. */
function readSmtpUrl(raw: string | undefined, problems: string[]): string | undefined {
  if (!raw) return undefined
  let protocol = ''
  try {
    protocol = new URL(raw).protocol
  } catch {
    problems.push('SMTP_URL is not a valid URL (smtp://user:password@host:587 or smtps://…:465)')
    return undefined
  }
  if (protocol !== 'smtp:' && protocol !== 'smtps:') problems.push(`SMTP_URL must use smtp: or smtps: (got ${protocol})`)
  return raw
}

/** The public address's host, for a default sender; a bad address is reported by its own check. */
function hostOf(publicUrl: string): string {
  try {
    return new URL(publicUrl).hostname.replace(/^\[|\]$/g, '') || 'localhost'
  } catch {
    return 'localhost'
  }
}
