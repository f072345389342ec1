import { createHash, hash } from 'node:crypto'

// Every reader's page carries the portal's stylesheet inline (site/stylesheet.ts says why): the
// same 14 KB in every render. Joined into the page's text, it would be copied into a two-byte
// string (the page is Vietnamese), encoded to UTF-8 and hashed for the ETag again on every
// uncached page. A page is therefore its changing text around fixed parts, each encoded and
// digested once, when the process starts.

/** Text every page carries unchanged: its UTF-8 bytes and their digest, made once. */
export class FixedText {
  readonly bytes: Buffer
  readonly digest: Buffer
  constructor(readonly text: string) {
    this.bytes = Buffer.from(text, 'utf8')
    this.digest = createHash('sha1').update(this.bytes).digest()
  }
}

/** A rendered page: its text and fixed parts, in order. */
export class PageText {
  constructor(readonly parts: readonly (string | FixedText)[]) {}

  /** The page's bytes as they go out. */
  bytes(): Buffer {
    return Buffer.concat(this.parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part.bytes)))
  }

  /**
   * The bytes and a digest that changes whenever they do: over the changing text's bytes and
   * the fixed parts' digests, so a fixed part is not hashed again.
   */
  bytesAndDigest(): { bytes: Buffer; digest: string } {
    // One buffer, written in place: the text's parts are encoded straight into it and the fixed
    // parts copied. One-shot hashes (node:crypto hash()) cost less than a Hash object.
    const lengths = this.parts.map((part) => (typeof part === 'string' ? Buffer.byteLength(part, 'utf8') : part.bytes.length))
    const bytes = Buffer.allocUnsafe(lengths.reduce((sum, n) => sum + n, 0))
    const digests: Buffer[] = []
    let at = 0
    for (const [i, part] of this.parts.entries()) {
      if (typeof part === 'string') {
        bytes.write(part, at, 'utf8')
        digests.push(hash('sha1', bytes.subarray(at, at + lengths[i]!), 'buffer'))
      } else {
        part.bytes.copy(bytes, at)
        digests.push(part.digest)
      }
      at += lengths[i]!
    }
    return { bytes, digest: hash('sha1', Buffer.concat(digests), 'base64url') }
  }

  toString(): string {
    return this.parts.map((part) => (typeof part === 'string' ? part : part.text)).join('')
  }

  // Handed to reply.send() as it is, a page would go out as JSON: a mistake to see at once.
  toJSON(): never {
    throw new Error('a PageText is sent as its bytes() (or through the public responder), not as JSON')
  }
}
