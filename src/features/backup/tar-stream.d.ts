// tar-stream ships no types; only what the backup uses of it (the 2.x/3.x streaming API).
declare module 'tar-stream' {
  import type { Readable, Writable } from 'node:stream'
  export interface Headers { name: string; size?: number; type?: string; mtime?: Date }
  export interface Pack extends Readable {
    entry(header: Headers, callback: (error?: Error | null) => void): Writable
    entry(header: Headers, buffer: Buffer | string, callback?: (error?: Error | null) => void): Writable
    finalize(): void
  }
  export interface Extract extends Writable {
    on(event: 'entry', listener: (header: Headers, stream: Readable, next: (error?: unknown) => void) => void): this
    on(event: 'finish' | 'close', listener: () => void): this
    on(event: 'error', listener: (error: Error) => void): this
  }
  export function pack(): Pack
  export function extract(): Extract
  const tar: { pack: typeof pack; extract: typeof extract }
  export default tar
}
