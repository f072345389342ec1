// test-scope: once
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, test } from 'node:test'
import { entryPoint } from '../../../../test/support/entry-point.ts'
import { byteStringToBytes, encodeLegacy } from './index.ts'

// `npm run toasoan -- convert-legacy FILE`, run as the operator runs it: a child process.
const root = fileURLToPath(new URL('../../../..', import.meta.url))

function toasoan(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [...entryPoint('cli'), ...args], { cwd: root, encoding: 'utf8', timeout: 90_000, env: { ...process.env, DATABASE_URL: 'sqlite::memory:' } }, (_error, stdout, stderr) => {
      resolve({ code: child.exitCode, stdout, stderr })
    })
  })
}

describe('convert-legacy', { concurrency: 3 }, () => {
  let dir = ''
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'convert-legacy-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  test('a mixed file: UTF-8 text on stdout, one report line per paragraph on stderr, exit 0', async () => {
    const file = join(dir, 'mixed.txt')
    const bytes = [
      byteStringToBytes(encodeLegacy('Dân vận khéo thì việc gì cũng thành công\n', 'tcvn3')),
      new TextEncoder().encode('Ủy ban nhân dân tỉnh Quảng Trị\n'),
      byteStringToBytes(encodeLegacy('Hội nghị tổng kết công tác Dân vận năm 2020\n', 'vni')),
    ]
    await writeFile(file, Buffer.concat(bytes))
    const { code, stdout, stderr } = await toasoan('convert-legacy', file)
    assert.equal(code, 0, stderr)
    assert.equal(stdout, 'Dân vận khéo thì việc gì cũng thành công\nỦy ban nhân dân tỉnh Quảng Trị\nHội nghị tổng kết công tác Dân vận năm 2020\n')
    assert.match(stderr, /^line 1: tcvn3 → Unicode \(confidence 1\.00, from statistics\)$/m)
    assert.match(stderr, /^line 2: unicode, left as is$/m)
    assert.match(stderr, /^line 3: vni → Unicode/m)
  })

  test('--from viscii converts a file that has one short, ambiguous line; without it the line is left and the exit is 2', async () => {
    const file = join(dir, 'short.txt')
    await writeFile(file, byteStringToBytes(encodeLegacy('Hà Nội\n', 'viscii')))
    const forced = await toasoan('convert-legacy', file, '--from', 'viscii')
    assert.equal(forced.code, 0, forced.stderr)
    assert.equal(forced.stdout, 'Hà Nội\n')
    assert.match(forced.stderr, /line 1: viscii → Unicode \(confidence 1\.00, from option\)/)
    const tcvn3 = join(dir, 'one-word.txt')
    await writeFile(tcvn3, byteStringToBytes(encodeLegacy('Hà\n', 'tcvn3')))
    const auto = await toasoan('convert-legacy', tcvn3)
    assert.equal(auto.code, 2)
    assert.equal(auto.stdout, 'H\u00b5\n')
    assert.match(auto.stderr, /line 1: ambiguous — left as is/)
  })

  test('--font .VnTimeH gives capitals; a wrong --from is refused with the usage', async () => {
    const file = join(dir, 'heading.txt')
    await writeFile(file, byteStringToBytes(encodeLegacy('Ủy ban nhân dân\n', 'tcvn3')))
    const heading = await toasoan('convert-legacy', file, '--font', '.VnTimeH')
    assert.equal(heading.stdout, 'ỦY BAN NHÂN DÂN\n')
    const wrong = await toasoan('convert-legacy', file, '--from', 'utf-16')
    assert.equal(wrong.code, 64)
    assert.match(wrong.stderr, /--from must be tcvn3, vni, viscii or auto/)
  })
})
