import assert from 'node:assert/strict'
import crypto from 'node:crypto'
import { syncBuiltinESMExports } from 'node:module'
import { after, before, test } from 'node:test'
import { signInFrom } from '../../../test/support/accounts.ts'
import { createUser, TestClock } from '../../../test/support/newsroom.ts'
import { buildTestPortal, type TestPortal } from '../../../test/support/test-portal.ts'

// Which addresses have accounts must not show in how long a refusal takes: every refusal runs
// the same scrypt key derivation. Counted, not timed (timings are in `npm run bench -- sign-in`).
let portal: TestPortal
const clock = new TestClock()
const derivations: { N: number }[] = []
const realScrypt = crypto.scrypt

before(async () => {
  portal = await buildTestPortal({ clock })
  await createUser(portal.db, 'reporter', 'phongvien@example.vn')
  const gone = await createUser(portal.db, 'reporter', 'danghi@example.vn')
  await portal.db.updateTable('users').set({ is_active: 0 }).where('id', '=', gone).execute()
  // Every caller of crypto.scrypt (password.ts's import included) now goes through the counter.
  crypto.scrypt = ((password: crypto.BinaryLike, salt: crypto.BinaryLike, keylen: number, options: crypto.ScryptOptions, done: (e: Error | null, key: Buffer) => void) => {
    derivations.push({ N: options.N ?? options.cost ?? 0 })
    return realScrypt(password, salt, keylen, options, done)
  }) as typeof crypto.scrypt
  syncBuiltinESMExports()
})
after(async () => {
  crypto.scrypt = realScrypt
  syncBuiltinESMExports()
  await portal.close()
})

async function derivationsOf(email: string, password: string, from: string): Promise<{ N: number }[]> {
  derivations.length = 0
  const res = await signInFrom(portal.app, from, email, password)
  assert.equal(res.status, 422, res.body.slice(0, 300))
  assert.match(res.body, /Thư điện tử hoặc mật khẩu không đúng/)
  return [...derivations]
}

test('an unknown address, a wrong password and a deactivated account each run one full scrypt derivation', async () => {
  const unknown = await derivationsOf('khongco@example.vn', 'mot-mat-khau-bat-ky', '198.51.100.1')
  const wrong = await derivationsOf('phongvien@example.vn', 'mot-mat-khau-bat-ky', '198.51.100.2')
  const deactivated = await derivationsOf('danghi@example.vn', 'mat-khau-thu-nghiem-1', '198.51.100.3')
  assert.deepEqual(unknown, [{ N: 32768 }], 'the unknown address must cost a real derivation')
  assert.deepEqual(wrong, [{ N: 32768 }])
  assert.deepEqual(deactivated, [{ N: 32768 }])
})
