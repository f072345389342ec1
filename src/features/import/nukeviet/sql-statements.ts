import { createReadStream } from 'node:fs'
import { MalformedSourceError } from '../records.ts'

/** One SQL statement of a dump, without its `;`, and where it starts in the file. */
export interface Statement {
  text: string
  line: number
  column: number
}

type State = 'between' | 'code' | 'single' | 'double' | 'backtick' | 'line-comment' | 'block-comment'

/**
 * Splits a mysqldump file into statements as it streams: a `;` ends a statement only outside
 * quotes and comments. Comments between statements (mysqldump's `--` lines and its `/*!40101 …*\/`
 * settings) are skipped; only one statement is held in memory at a time, so a dump of any size
 * streams in the memory of its longest INSERT.
 */
export async function* readStatements(file: string): AsyncGenerator<Statement> {
  const splitter = new StatementSplitter(file)
  // The last character of a chunk waits for the next one: `--` and `/*` are two characters.
  let carry = ''
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
    const text = carry + chunk
    carry = text.slice(-1)
    yield* splitter.feed(text.slice(0, -1), text.slice(-1))
  }
  yield* splitter.feed(carry, '')
  splitter.end()
}

class StatementSplitter {
  private state: State = 'between'
  private commentReturn: 'between' | 'code' = 'between'
  private parts: string[] = []
  private start = { line: 1, column: 1 }
  private quoteStart = { line: 1, column: 1 }
  private line = 1
  private column = 0
  private escaped = false
  private commentChars = 0
  private previous = ''

  constructor(private readonly file: string) {}

  *feed(text: string, next: string): Generator<Statement> {
    let kept = 0
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!
      const following = i + 1 < text.length ? text[i + 1]! : next
      if (c === '\n') { this.line++; this.column = 0 } else this.column++
      switch (this.state) {
        case 'between':
          kept = i + 1
          if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ';') break
          if (c === '#' || (c === '-' && following === '-')) { this.enterComment('line-comment', 'between'); break }
          if (c === '/' && following === '*') { this.enterComment('block-comment', 'between'); break }
          this.state = 'code'
          this.start = { line: this.line, column: this.column }
          kept = i
          this.codeChar(c, following)
          break
        case 'code':
          if (c === ';') {
            this.parts.push(text.slice(kept, i))
            kept = i + 1
            yield { text: this.parts.join(''), line: this.start.line, column: this.start.column }
            this.parts = []
            this.state = 'between'
          } else this.codeChar(c, following)
          break
        case 'single':
        case 'double':
        case 'backtick':
          if (this.escaped) this.escaped = false
          else if (c === '\\' && this.state !== 'backtick') this.escaped = true
          // A doubled quote is the quote itself: it reads as closing, then opening again.
          else if (c === { single: "'", double: '"', backtick: '`' }[this.state]) this.state = 'code'
          break
        case 'line-comment':
          if (c === '\n') this.leaveComment()
          if ((this.state as State) === 'between') kept = i + 1
          break
        case 'block-comment':
          this.commentChars++
          if (c === '/' && this.previous === '*' && this.commentChars > 3) this.leaveComment()
          if ((this.state as State) === 'between') kept = i + 1
          break
      }
      this.previous = c
    }
    if (this.state !== 'between' && !(this.commentReturn === 'between' && this.state.endsWith('comment'))) {
      this.parts.push(text.slice(kept))
    }
  }

  end(): void {
    const { file } = this
    if (this.state === 'single' || this.state === 'double' || this.state === 'backtick') {
      throw new MalformedSourceError({ file, ...this.quoteStart }, 'a quoted string or name is never closed')
    }
    if (this.state === 'block-comment') throw new MalformedSourceError({ file, line: this.line }, 'a /* comment */ is never closed')
    const inStatement = this.state === 'code' || (this.state === 'line-comment' && this.commentReturn === 'code')
    if (inStatement && this.parts.join('').trim() !== '') {
      throw new MalformedSourceError({ file, ...this.start }, 'the last statement has no closing ;')
    }
  }

  private codeChar(c: string, following: string): void {
    if (c === "'" || c === '"' || c === '`') {
      this.state = c === "'" ? 'single' : c === '"' ? 'double' : 'backtick'
      this.quoteStart = { line: this.line, column: this.column }
    } else if (c === '#' || (c === '-' && following === '-')) this.enterComment('line-comment', 'code')
    else if (c === '/' && following === '*') this.enterComment('block-comment', 'code')
  }

  private enterComment(kind: 'line-comment' | 'block-comment', back: 'between' | 'code'): void {
    this.state = kind
    this.commentReturn = back
    this.commentChars = 1
  }

  private leaveComment(): void {
    this.state = this.commentReturn
  }
}
