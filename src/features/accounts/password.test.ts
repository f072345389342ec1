import assert from 'node:assert/strict'
import { test } from 'node:test'
import { generatePassword, hashPassword, verifyPassword } from './password.ts'

test('a password is stored as a salted scrypt hash and verified', async () => {
  const hash = await hashPassword('Mật khẩu đủ dài 2026')
  assert.match(hash, /^scrypt\$32768\$8\$1\$/)
  assert.ok(!hash.includes('Mật khẩu'))
  assert.equal(await verifyPassword('Mật khẩu đủ dài 2026', hash), true)
  assert.equal(await verifyPassword('Mật khẩu đủ dài 2025', hash), false)
  assert.notEqual(await hashPassword('Mật khẩu đủ dài 2026'), hash, 'each hash has its own salt')
})

test('a Vietnamese password typed as NFD still matches', async () => {
  const hash = await hashPassword('Việt Nam muôn năm')
  assert.equal(await verifyPassword('Việt Nam muôn năm'.normalize('NFD'), hash), true)
})

test('a malformed stored hash never verifies', async () => {
  assert.equal(await verifyPassword('x', 'plain-text'), false)
})

test('generated passwords are long and different', () => {
  const a = generatePassword()
  assert.ok(a.length >= 16)
  assert.notEqual(a, generatePassword())
})

test('the decoy hash unknown addresses are checked against is a real hash, made with today\'s parameters', async () => {
  const { decoyPasswordHash } = await import('./password.ts')
  const decoy = await decoyPasswordHash()
  assert.equal(decoy.split('$').length, (await hashPassword('x')).split('$').length)
  assert.match(decoy, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
  assert.equal(await decoyPasswordHash(), decoy, 'made once per process')
})
