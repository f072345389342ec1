import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { keptInTemp, type KeptForm } from './kept-in-temp.ts'

const folder = `toasoan-kept-test-${randomBytes(6).toString('hex')}`
after(() => rmSync(join(tmpdir(), folder), { recursive: true, force: true }))

test('what was made once is read back by the next caller under the same name, not made again', async () => {
  let made = 0
  const make = async () => Buffer.from(`bản ${++made}`)
  assert.equal((await keptInTemp(folder, 'a.bin', make)).toString(), 'bản 1')
  assert.equal((await keptInTemp(folder, 'a.bin', make)).toString(), 'bản 1')
  assert.equal((await keptInTemp(folder, 'b.bin', make)).toString(), 'bản 2', 'another name is made')
  assert.deepEqual(readdirSync(join(tmpdir(), folder)).sort(), ['a.bin', 'b.bin'], 'no half-written file left behind')
})

test('a kept file its form cannot read is made again and kept anew', async () => {
  const numbers: KeptForm<number[]> = {
    encode: (list) => Buffer.from(JSON.stringify(list)),
    decode: (bytes) => {
      try {
        return JSON.parse(bytes.toString()) as number[]
      } catch {
        return undefined
      }
    },
  }
  mkdirSync(join(tmpdir(), folder), { recursive: true })
  writeFileSync(join(tmpdir(), folder, 'broken.json'), '[1, 2')
  assert.deepEqual(await keptInTemp(folder, 'broken.json', async () => [1, 2, 3], numbers), [1, 2, 3])
  assert.deepEqual(await keptInTemp(folder, 'broken.json', async () => [9], numbers), [1, 2, 3])
})
