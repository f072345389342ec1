import type { Db } from '../../platform/db/connect.ts'
import { ImportSink, type ImportSummary, type SinkOptions } from './import-sink.ts'
import type { ImportSource, SourceProblem } from './records.ts'

// One import, whatever the source: a validation pass that reads everything and writes nothing
// (a malformed source stops here, with its line, before anything is written), then the import
// pass, item by item. A dry run does the second pass too, inside a transaction it rolls back,
// so it reports exactly what a real run would create.

export interface ImportProgress {
  pass: 'validate' | 'import'
  done: number
  /** Known in the import pass, from the validation pass. */
  total?: number
}

export interface RunImportOptions extends Omit<SinkOptions, 'source' | 'dryRun'> {
  dryRun?: boolean
  onProgress?: (progress: ImportProgress) => void
}

export interface RunImportResult extends ImportSummary {
  items: number
  /** What the source holds and does not hand over, by reason (a saved site's pages no rule takes). */
  notRead: { reason: string; count: number }[]
  dryRun: boolean
}

class DryRunRollback extends Error {}

export async function runImport(db: Db, source: ImportSource, options: RunImportOptions): Promise<RunImportResult> {
  const problems: SourceProblem[] = []
  const problem = (p: SourceProblem) => void (problems.length < 5000 && problems.push(p))
  try {
    const { items, skipped: notRead = [] } = await source.validate(problem)
    options.onProgress?.({ pass: 'validate', done: items, total: items })
    const sinkOptions = { ...options, source: source.name }
    const pass = async (target: Db, dryRun: boolean): Promise<ImportSummary> => {
      const sink = new ImportSink(target, { ...sinkOptions, dryRun })
      let done = 0
      try {
        // The import pass meets the same problems as the validation pass: reported once.
        for await (const record of source.records(() => {})) {
          await sink.write(record)
          done++
          if (done % 100 === 0) options.onProgress?.({ pass: 'import', done, total: items })
        }
        options.onProgress?.({ pass: 'import', done, total: items })
        return await sink.finish()
      } catch (error) {
        await sink.abort()
        throw error
      }
    }
    let summary: ImportSummary
    if (options.dryRun) {
      let kept: ImportSummary | undefined
      await db.transaction().execute(async (trx) => {
        kept = await pass(trx, true)
        throw new DryRunRollback()
      }).catch((error: unknown) => {
        if (!(error instanceof DryRunRollback)) throw error
      })
      summary = kept!
    } else {
      summary = await pass(db, false)
    }
    return { ...summary, problems: [...problems, ...summary.problems], items, notRead, dryRun: options.dryRun === true }
  } finally {
    await source.close?.()
  }
}
