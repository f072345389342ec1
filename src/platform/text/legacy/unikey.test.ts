// test-scope: once
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { VIETNAMESE_LETTERS } from './letters.ts'
import { TCVN3 } from './tcvn3.ts'
import { VISCII } from './viscii.ts'
import { VNI } from './vni.ts'

// The first source of the TCVN3 and VNI tables: the charset data compiled into Debian's ibus-unikey
// (Unikey's vnconv). No source package is reachable here, only the binary, so the tables are found
// in it: first Unikey's own list of letters (186 UTF-16 code units, "AaÁáÀà…Zz"), then, in that
// order, our TCVN3 table as one byte a letter (capitals with a tone on the small letter's byte, as
// Unikey writes them) and our VNI table as one 16-bit word a letter (first byte low). Finding them
// verbatim is the check. Runs where the engine is: install ibus-unikey, or
//   apt-get download ibus-unikey && dpkg-deb -x ibus-unikey_*.deb /tmp/unikey
//   UNIKEY_ENGINE=/tmp/unikey/usr/libexec/ibus-engine-unikey node --import tsx --test <this file>
// CI fetches the package and names the engine (.ci/run): named and missing is a failure, never a skip.
const ENGINE = process.env.UNIKEY_ENGINE ?? '/usr/libexec/ibus-engine-unikey'

test('Unikey’s TCVN3 and VNI-Windows tables are ours, letter for letter', { skip: !process.env.UNIKEY_ENGINE && !existsSync(ENGINE) && `no ${ENGINE} (see the comment)` }, () => {
  assert.ok(existsSync(ENGINE), `UNIKEY_ENGINE names ${ENGINE}, which is missing`)
  const engine = readFileSync(ENGINE)
  // Unikey's letter list: A a Á á … with the plain letters of the alphabet in between.
  const start = engine.indexOf(Buffer.from('AaÁáÀàẢảÃã', 'utf16le'))
  assert.ok(start >= 0, 'Unikey’s letter list')
  const letters: string[] = []
  for (let at = start; ; at += 2) {
    const unit = engine.readUInt16LE(at)
    if (unit < 0x41 || unit > 0x1eff) break
    letters.push(String.fromCharCode(unit))
  }
  assert.equal(letters.length, 186)
  assert.deepEqual(letters.filter((l) => l.charCodeAt(0) > 0x7f), [...VIETNAMESE_LETTERS])

  const tcvn3 = new Map(TCVN3)
  const tcvn3Bytes = Buffer.from(letters.map((l) => (l.charCodeAt(0) < 0x80 ? l.charCodeAt(0) : (tcvn3.get(l) ?? tcvn3.get(l.toLowerCase())!))))
  assert.ok(engine.indexOf(tcvn3Bytes) >= 0, 'our TCVN3 table, in Unikey’s letter order, is in the engine')

  const vni = new Map(VNI)
  const vniWords = Buffer.alloc(letters.length * 2)
  letters.forEach((l, i) => {
    const bytes = l.charCodeAt(0) < 0x80 ? l : vni.get(l)!
    vniWords.writeUInt16LE(bytes.charCodeAt(0) | ((bytes.charCodeAt(1) || 0) << 8), i * 2)
  })
  assert.ok(engine.indexOf(vniWords) >= 0, 'our VNI table, in Unikey’s letter order, is in the engine')

  // VISCII, for the record: Unikey writes Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ Õ on their small letters' bytes (avoiding
  // control bytes and 0xA0); with those seven so, our (glibc's) table is in the engine too.
  const viscii = new Map(VISCII)
  const unikeyChoice = new Set(['Ẳ', 'Ẵ', 'Ẫ', 'Ỷ', 'Ỹ', 'Ỵ', 'Õ'])
  const visciiBytes = Buffer.from(letters.map((l) => (l.charCodeAt(0) < 0x80 ? l.charCodeAt(0) : viscii.get(unikeyChoice.has(l) ? l.toLowerCase() : l)!)))
  assert.ok(engine.indexOf(visciiBytes) >= 0, 'our VISCII table, with Unikey’s seven choices, is in the engine')
})
