import { connectDatabase } from './src/platform/db/connect.ts'
import { fold } from './src/platform/text/vietnamese.ts'
import { createRandom } from './bench/generate-articles.ts'
import * as words from './bench/vocabulary.ts'
import { RegisterIndex } from './src/features/documents/register-index.ts'
import { readListedDocuments } from './src/features/documents/public.repository.ts'

const database = await connectDatabase(process.argv[2] ?? 'sqlite:/work/prof/docs.db')
const db = database.db
const index = new RegisterIndex(db)
const r = createRandom(20261207)
function topic() {
  const t = fold(r.pick(words.TOPICS)).split(/[^a-z0-9]+/).filter(Boolean)
  const len = r.int(2, 3); const s = r.int(0, Math.max(0, t.length - len)); return t.slice(s, s + len).join(' ')
}
let t = performance.now()
await index.find({}, undefined, 20)
console.log('load', (performance.now() - t).toFixed(1))
const qs = [undefined, ...Array.from({ length: 40 }, topic), 'quyet dinh 15 2021', 'qd ubnd 7 2019']
for (const q of qs) {
  const c0 = process.cpuUsage(); t = performance.now()
  const f = await index.find({ q }, undefined, 20)
  const t1 = performance.now()
  await readListedDocuments(db, f.ids)
  const t2 = performance.now(); const c = process.cpuUsage(c0)
  console.log(String(q).padEnd(28), 'find', (t1 - t).toFixed(1), 'rows', (t2 - t1).toFixed(1), 'cpu', ((c.user + c.system) / 1000).toFixed(1), 'kinds', f.facets.kind.reduce((a, k) => a + k.count, 0))
}
await database.close()
