import { brotliCompress, constants as zlib, gzip } from 'node:zlib'

// What every compressed response shares: which encoding a request accepts, which bodies are
// worth compressing, and the compression itself. node:zlib's callback functions run on libuv's
// thread pool: the event loop only hands the bytes over and is free while they are compressed.

export type Encoding = 'br' | 'gzip'

export interface CompressedCopies {
  gzip: Buffer
  brotli: Buffer
}

/** Below this, the headers of a compressed answer weigh about what compression saves. */
export const COMPRESS_FROM_BYTES = 1024

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|[\w.-]+\+(json|xml))\b|image\/svg\+xml\b)/i

/** Text (HTML, CSS, JS, JSON, XML, SVG): images, PDF, fonts and video are compressed already. */
export function isCompressibleType(contentType: string | undefined): boolean {
  return contentType !== undefined && COMPRESSIBLE.test(contentType)
}

/**
 * The encoding to answer in for this Accept-Encoding: brotli before gzip, unless the client ranks
 * gzip higher; none that it refuses (q=0). Most browsers send a plain list ("gzip, deflate, br,
 * zstd"), read with two tests; only a list with weights or "*" is parsed.
 */
export function preferredEncoding(accept: string | undefined): Encoding | undefined {
  if (!accept) return undefined
  if (!accept.includes(';') && !accept.includes('*')) {
    return /\bbr\b/i.test(accept) ? 'br' : /\bgzip\b/i.test(accept) ? 'gzip' : undefined
  }
  const weights = new Map<string, number>()
  for (const part of accept.split(',')) {
    const [name, ...params] = part.split(';')
    const coding = name!.trim().toLowerCase()
    if (coding) weights.set(coding === 'x-gzip' ? 'gzip' : coding, weightIn(params))
  }
  const weightOf = (coding: Encoding) => weights.get(coding) ?? weights.get('*') ?? 0
  const br = weightOf('br')
  const gz = weightOf('gzip')
  if (br > 0 && br >= gz) return 'br'
  return gz > 0 ? 'gzip' : undefined
}

/** q=0.5 → 0.5; no weight → 1; a weight that is not one (q=x, q=2) → 0: better not to send what may not be understood. */
function weightIn(params: string[]): number {
  const q = params.find((p) => /^\s*q\s*=/i.test(p))
  if (q === undefined) return 1
  const value = /^\s*q\s*=\s*((0(\.\d{0,3})?)|(1(\.0{0,3})?))\s*$/i.exec(q)
  return value ? Number(value[1]) : 0
}

/** How hard to try: once per response (fast), or once for many readers (a kept page, an asset). */
const LEVELS = {
  // Brotli 5 and gzip 6 compress a 17 KB search page in a fraction of a millisecond.
  response: { gzip: 6, brotli: 5 },
  fast: { gzip: 1, brotli: 4 },
  best: { gzip: 9, brotli: 9 },
  // Assets are compressed once per start (or per brand change), off the event loop: worth brotli's best.
  asset: { gzip: 9, brotli: 11 },
} as const

export type CompressionLevel = keyof typeof LEVELS

export function compressed(body: Buffer, encoding: Encoding, level: CompressionLevel): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const done = (error: Error | null, result: Buffer) => (error ? reject(error) : resolve(result))
    if (encoding === 'gzip') gzip(body, { level: LEVELS[level].gzip }, done)
    else {
      brotliCompress(body, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: LEVELS[level].brotli,
          [zlib.BROTLI_PARAM_LGWIN]: brotliWindowFor(body.length),
          [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }, done)
    }
  })
}

export async function compressedCopies(body: Buffer, level: CompressionLevel): Promise<CompressedCopies> {
  const [gzipped, brotlied] = await Promise.all([compressed(body, 'gzip', level), compressed(body, 'br', level)])
  return { gzip: gzipped, brotli: brotlied }
}

/**
 * The smallest window that still holds the whole body. Brotli's default (4 MB) made quality 9
 * prepare a hasher of that size for every page: ~8 ms or more even for a 2 KB page, where a
 * 64 KB window gives the same bytes in well under a millisecond.
 */
function brotliWindowFor(bytes: number): number {
  let bits = zlib.BROTLI_MIN_WINDOW_BITS
  while (bits < zlib.BROTLI_MAX_WINDOW_BITS && (1 << bits) - 16 < bytes) bits++
  return Math.max(bits, 16)
}
