import { readFile } from 'node:fs/promises'
import { convertLegacyBytes, type ParagraphReport } from './convert.ts'
import { LEGACY_ENCODINGS, type LegacyEncoding } from './decode.ts'

export const CONVERT_LEGACY_USAGE =
  '  convert-legacy FILE [--from tcvn3|vni|viscii|auto] [--font FACE]  print FILE (TCVN3, VNI, VISCII or mixed with Unicode) as UTF-8; a report per paragraph on stderr\n'

/**
 * `npm run toasoan -- convert-legacy FILE [--from …] [--font FACE]`: the UTF-8 text on stdout, one
 * report line per paragraph that is not plain ASCII on stderr. Exit 0; 2 when a paragraph was
 * left as is because it was ambiguous or not recognised; 64 for wrong arguments.
 */
export async function convertLegacyCommand(args: string[], out: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  let file: string | undefined
  let from: LegacyEncoding | 'auto' = 'auto'
  let font: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--from' || arg === '--font') {
      const value = args[++i]
      if (value === undefined) return usage(out, `${arg} needs a value`)
      if (arg === '--font') font = value
      else if (value === 'auto' || (LEGACY_ENCODINGS as readonly string[]).includes(value)) from = value as LegacyEncoding | 'auto'
      else return usage(out, `--from must be tcvn3, vni, viscii or auto, not "${value}"`)
    } else if (file === undefined && !arg.startsWith('--')) file = arg
    else return usage(out, `unexpected argument "${arg}"`)
  }
  if (file === undefined) return usage(out, 'which file?')
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    out.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`)
    return 1
  }
  const result = convertLegacyBytes(bytes, { from, ...(font === undefined ? {} : { font }) })
  out.stdout.write(result.text)
  let left = 0
  for (const paragraph of result.paragraphs) {
    if (paragraph.encoding === 'ascii') continue
    if (!paragraph.converted && (paragraph.encoding === 'ambiguous' || paragraph.encoding === 'unknown')) left++
    out.stderr.write(describe(paragraph) + '\n')
  }
  const converted = result.paragraphs.filter((p) => p.converted).length
  out.stderr.write(`${converted} paragraphs converted, ${left} left as is (ambiguous or not Vietnamese), ${result.paragraphs.length - converted - left} already Unicode or ASCII\n`)
  return left > 0 ? 2 : 0
}

export function describe(paragraph: ParagraphReport): string {
  const where = `line ${paragraph.line}: `
  if (paragraph.encoding === 'ambiguous' || paragraph.encoding === 'unknown') {
    const weighed = (paragraph.candidates ?? []).map((c) => `${c.encoding} ${c.good}/${c.bad}`).join(', ')
    return `${where}${paragraph.encoding === 'ambiguous' ? 'ambiguous' : 'not recognised'} — left as is (Vietnamese/other words: ${weighed})`
  }
  if (!paragraph.converted) return `${where}${paragraph.encoding}, left as is`
  const capitals = paragraph.capitalised ? `, ${paragraph.capitalised} words put in capitals` : ''
  const from = paragraph.source === 'document' ? 'too short alone, read as the rest of the document' : `confidence ${paragraph.confidence.toFixed(2)}, from ${paragraph.source}`
  return `${where}${paragraph.encoding} → Unicode (${from}${capitals})`
}

function usage(out: { stderr: NodeJS.WritableStream }, problem: string): number {
  out.stderr.write(`${problem}\nusage: npm run toasoan -- ${CONVERT_LEGACY_USAGE.trimStart()}`)
  return 64
}
