// A Ghost export is one JSON document ({db:[{meta,data:{posts:[…],tags:[…]…}}]} since 1.x,
// {meta,data} in 0.x) that can reach hundreds of megabytes for a large site: it is read as a
// stream, one table row at a time, never whole. Rows are handed out chunk by chunk, so memory
// holds one 64 KiB chunk's rows at most.
import { createReadStream } from 'node:fs'
import { JSONParser } from '@streamparser/json'
import { MalformedSourceError } from '../records.ts'

export type Row = Record<string, unknown>

export type ExportItem =
  | { kind: 'meta'; meta: Row }
  | { kind: 'row'; table: string; row: Row }

const PATHS = ['$.meta', '$.data.*.*', '$.db.*.meta', '$.db.*.data.*.*']

/** Every table row of the export (and its meta), in file order. A syntax error throws MalformedSourceError with line and column. */
export async function* exportItems(file: string): AsyncGenerator<ExportItem> {
  const parser = new JSONParser({ paths: PATHS, keepStack: false })
  let pending: ExportItem[] = []
  let failure: Error | undefined
  let chunkStart = 0
  let lastTokenOffset = 0

  parser.onToken = ({ offset }) => { lastTokenOffset = offset }
  parser.onValue = ({ value, key, stack }) => {
    if (key === 'meta' && value && typeof value === 'object' && !Array.isArray(value)) {
      pending.push({ kind: 'meta', meta: value as Row })
    } else if (typeof key === 'number' && value && typeof value === 'object' && !Array.isArray(value)) {
      pending.push({ kind: 'row', table: String(stack[stack.length - 1]?.key), row: value as Row })
    }
  }
  parser.onError = (error) => { failure ??= error }

  const malformed = async (error: Error, atEnd: boolean): Promise<MalformedSourceError> => {
    // The tokenizer names the byte in the chunk it choked on; the token parser only says what it
    // expected, so its error is placed at the last token read.
    const inChunk = /at position "(\d+)"/.exec(error.message)
    const offset = atEnd ? Number.POSITIVE_INFINITY : inChunk ? chunkStart + Number(inChunk[1]) : lastTokenOffset
    const where = await lineAndColumn(file, offset)
    const problem = atEnd
      ? 'the JSON ends before the export does (file cut short?)'
      : `invalid JSON: ${error.message.replace(/ at position "\d+"/, '').replace(/ in state \w+/, '')}`
    return new MalformedSourceError({ file, ...where }, problem)
  }

  let bytes = 0
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
    const buffer = chunk as Buffer
    chunkStart = bytes
    bytes += buffer.length
    if (!parser.isEnded) {
      try { parser.write(buffer) } catch (error) { failure ??= error as Error }
    } else if (buffer.some(byte => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)) {
      failure ??= new Error(`Unexpected text after the end at position "${buffer.findIndex(byte => byte > 0x20)}"`)
    }
    if (failure) throw await malformed(failure, false)
    const ready = pending
    pending = []
    yield* ready
  }
  if (bytes === 0) throw new MalformedSourceError({ file, line: 1 }, 'the file is empty')
  if (!parser.isEnded) {
    try { parser.end() } catch (error) { failure ??= error as Error }
    throw await malformed(failure ?? new Error('unfinished'), true)
  }
  yield* pending
}

/** Line and column (both from 1, the column in characters) of a byte offset; past the end: the last line. */
async function lineAndColumn(file: string, offset: number): Promise<{ line: number; column: number }> {
  let line = 1
  let lineStart = Buffer.alloc(0)
  let seen = 0
  for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
    const buffer = chunk as Buffer
    const end = Math.min(buffer.length, offset - seen)
    let from = 0
    for (let i = 0; i < end; i++) {
      if (buffer[i] === 0x0a) { line++; from = i + 1; lineStart = Buffer.alloc(0) }
    }
    lineStart = Buffer.concat([lineStart, buffer.subarray(from, Math.max(from, end))]).subarray(-4096)
    seen += buffer.length
    if (seen >= offset) break
  }
  return { line, column: lineStart.toString('utf8').length + 1 }
}
