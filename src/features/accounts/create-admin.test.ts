import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import SqliteDatabase from 'better-sqlite3'
import { verifyPassword } from './password.ts'
import { entryPoint } from '../../../test/support/entry-point.ts'

const dir = mkdtempSync(join(tmpdir(), 'toasoan-admin-'))
after(() => rmSync(dir, { recursive: true, force: true }))

// The CLI gets its own SQLite file whichever database the suite runs on: this checks the command.
function run(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [...entryPoint('cli'), ...args], { env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'admin.db')}` } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }))
    child.stdin!.end(stdin)
  })
}

test('create-admin makes an administrator whose password is read from standard input and hashed', async () => {
  const result = await run(['create-admin', 'Lanh.Dao@Example.vn', 'Lãnh Đạo'], 'mot-mat-khau-du-dai\n')
  assert.equal(result.code, 0, result.stderr)
  const db = new SqliteDatabase(join(dir, 'admin.db'), { readonly: true })
  const row = db.prepare('select email, name, role, password_hash from users').get() as Record<string, string>
  db.close()
  assert.equal(row.email, 'lanh.dao@example.vn')
  assert.equal(row.name, 'Lãnh Đạo')
  assert.equal(row.role, 'administrator')
  assert.ok(await verifyPassword('mot-mat-khau-du-dai', row.password_hash!))
})

test('create-admin refuses a short password, a bad address and a second account for the same e-mail', async () => {
  assert.equal((await run(['create-admin', 'a@example.vn'], 'ngan\n')).code, 64)
  assert.equal((await run(['create-admin', 'khong-phai-email'], 'mot-mat-khau-du-dai\n')).code, 64)
  const again = await run(['create-admin', 'lanh.dao@example.vn'], 'mot-mat-khau-du-dai\n')
  assert.equal(again.code, 1)
  assert.match(again.stderr, /already exists/)
})
