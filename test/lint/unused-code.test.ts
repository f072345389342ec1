import assert from 'node:assert/strict'
import { dirname, resolve } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

// The type-check (`npm test` runs it first) is what finds dead code: this proves the project's
// own tsconfig.json asks it to, by compiling a small file under those options.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

function unusedReported(source: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, {
    ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')) },
  })!
  const file = resolve(root, 'test/lint/fixture.ts')
  const host = ts.createCompilerHost(config.options)
  const readFile = host.readFile
  host.readFile = (name) => name === file ? source : readFile(name)
  host.fileExists = ((exists) => (name: string) => name === file || exists(name))(host.fileExists)
  // Without @types/node the check takes a fraction of the time; the fixture needs none of it.
  const program = ts.createProgram([file], { ...config.options, types: [] }, host)
  return ts.getPreEmitDiagnostics(program, program.getSourceFile(file))
    .filter((d) => d.code === 6133 || d.code === 6196)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

test('the type-check reports an unused local, an unused function and an unused parameter', () => {
  assert.deepEqual(unusedReported(`
    const forgotten = 1
    function leftOver() { return 2 }
    export function byline(author: string, desk: string) { return author }
  `), [
    "'forgotten' is declared but its value is never read.",
    "'leftOver' is declared but its value is never read.",
    "'desk' is declared but its value is never read.",
  ])
})

test('a parameter that is unused on purpose says so with a leading underscore', () => {
  assert.deepEqual(unusedReported('export const handler = (_request: unknown, reply: string) => reply\n'), [])
})
