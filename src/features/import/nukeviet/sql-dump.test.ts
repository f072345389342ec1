import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { MalformedSourceError } from '../records.ts'
import { readDump, type DumpEvent } from './sql-dump.ts'

let dir: string
before(() => { dir = mkdtempSync(join(tmpdir(), 'toasoan-sqldump-')) })
after(() => rmSync(dir, { recursive: true, force: true }))

function dumpFile(name: string, text: string): string {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}

async function events(file: string, wanted: (t: string) => boolean = () => true): Promise<DumpEvent[]> {
  const all: DumpEvent[] = []
  for await (const event of readDump(file, wanted)) all.push(event)
  return all
}

async function refusal(file: string): Promise<MalformedSourceError> {
  try {
    await events(file)
  } catch (error) {
    assert.ok(error instanceof MalformedSourceError, String(error))
    return error
  }
  assert.fail('the dump was not refused')
}

const TABLE = "CREATE TABLE `t` (\n  `id` int(11) NOT NULL,\n  `body` text,\n  `note` varchar(20) DEFAULT 'a,b',\n  PRIMARY KEY (`id`),\n  KEY `x` (`id`,`note`)\n) ENGINE=MyISAM;\n"

test('rows of multi-row INSERTs come with MySQL escapes undone, NULL as null, and their line', async () => {
  const file = dumpFile('escapes.sql', [
    '-- MariaDB dump',
    "/*!40101 SET NAMES utf8mb4 */;",
    TABLE,
    "INSERT INTO `t` VALUES (1,'Tin tức \\'mới\\'; \\\"trích\\\"\\r\\nDòng 2','x'),",
    "(2,NULL,'it''s'),(3,'a\\\\b -- không phải chú thích # cũng không',_binary 'c');",
  ].join('\n'))
  const rows = (await events(file)).filter((e) => e.kind === 'row')
  assert.deepEqual(rows.map((e) => e.kind === 'row' && e.row), [
    { id: '1', body: 'Tin tức \'mới\'; "trích"\r\nDòng 2', note: 'x' },
    { id: '2', body: null, note: "it's" },
    { id: '3', body: 'a\\b -- không phải chú thích # cũng không', note: 'c' },
  ])
  assert.deepEqual(rows.map((e) => e.line), [11, 12, 12])
})

test('CREATE TABLE gives the columns without keys; an INSERT with a column list uses its own', async () => {
  const file = dumpFile('columns.sql', `${TABLE}INSERT INTO t (note, id) VALUES ('n', 7);\n`)
  const all = await events(file)
  assert.deepEqual(all[0], { kind: 'table', table: 't', columns: ['id', 'body', 'note'], line: 1 })
  assert.deepEqual(all[1]?.kind === 'row' && all[1].row, { note: 'n', id: '7' })
})

test('a table made LIKE another takes its columns', async () => {
  const file = dumpFile('like.sql', `${TABLE}CREATE TABLE \`u\` LIKE \`t\`;\nINSERT INTO \`u\` VALUES (5,'b','n');\n`)
  const rows = (await events(file)).filter((e) => e.kind === 'row')
  assert.deepEqual(rows.map((e) => e.kind === 'row' && [e.table, e.row]), [['u', { id: '5', body: 'b', note: 'n' }]])
})

test('rows of tables not wanted are checked but not handed over', async () => {
  const file = dumpFile('wanted.sql', `${TABLE}INSERT INTO \`t\` VALUES (1,'a','b');\n`)
  assert.deepEqual((await events(file, () => false)).map((e) => e.kind), ['table'])
})

test('a value crossing the boundary between two read chunks reads whole', async () => {
  const long = 'ạ'.repeat(700_000)
  const file = dumpFile('long.sql', `${TABLE}INSERT INTO \`t\` VALUES (1,'${long}','--'),(2,'/*','*/');\n`)
  const rows = (await events(file)).filter((e) => e.kind === 'row')
  assert.equal(rows.length, 2)
  assert.equal(rows[0]?.kind === 'row' && rows[0].row.body, long)
  assert.deepEqual(rows[1]?.kind === 'row' && rows[1].row, { id: '2', body: '/*', note: '*/' })
})

test('a string never closed is refused with the line and column where it opens', async () => {
  const file = dumpFile('unclosed.sql', `${TABLE}INSERT INTO \`t\` VALUES (1,'a','b'),\n(2,'không đóng,'c');\n`)
  const error = await refusal(file)
  assert.deepEqual([error.where.line, error.where.column], [9, 18])
  assert.match(error.message, /unclosed\.sql:9:18: a quoted string or name is never closed/)
})

test('a row with too few values is refused with its line', async () => {
  const file = dumpFile('short.sql', `${TABLE}INSERT INTO \`t\` VALUES (1,'a','b'),\n(2,'c');\n`)
  const error = await refusal(file)
  assert.equal(error.where.line, 9)
  assert.match(error.message, /a row of t has 2 values for 3 columns/)
})

test('a bare word where a value should be, and a last statement with no ;, are refused', async () => {
  const bare = await refusal(dumpFile('bare.sql', `${TABLE}INSERT INTO \`t\` VALUES (1,abc,'b');\n`))
  assert.deepEqual([bare.where.line, bare.where.column], [8, 27])
  const open = await refusal(dumpFile('open.sql', `${TABLE}INSERT INTO \`t\` VALUES (1,'a','b')\n`))
  assert.equal(open.where.line, 8)
  assert.match(open.message, /no closing ;/)
})
