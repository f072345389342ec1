import type { Db } from '../../platform/db/connect.ts'
import { DestinationError, normaliseDestination } from './destination.ts'
import { DEFAULT_AT, DEFAULT_KEEP, readSchedule, removeSchedule, TIME_OF_DAY, writeSchedule } from './schedule.ts'

export type CommandOutcome = { ok: boolean; message: string }

/**
 * `backup --schedule daily [--keep N] [--to DIR|s3://BUCKET[/PREFIX]] [--at HH:MM]` and
 * `backup --schedule off`: the words are the CLI's (English); the work is writing one row.
 */
export async function scheduleCommand(db: Db, args: readonly string[], options: { mediaBucket: string | undefined; now: Date }): Promise<CommandOutcome> {
  const [every, ...rest] = args
  if (every === 'off') {
    if (rest.length > 0) return { ok: false, message: '--schedule off takes nothing more' }
    return { ok: true, message: (await removeSchedule(db)) ? 'scheduled backups stopped' : 'no backup was scheduled' }
  }
  if (every !== 'daily') return { ok: false, message: '--schedule takes daily or off' }
  const flags = new Map<string, string>()
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i]!
    const value = rest[i + 1]
    if (!['--keep', '--to', '--at'].includes(flag) || value === undefined || flags.has(flag)) return { ok: false, message: `unexpected ${flag}${value === undefined ? ' (without its value)' : ''}: --schedule daily takes --keep N, --to DIR|s3://BUCKET[/PREFIX] and --at HH:MM` }
    flags.set(flag, value)
  }
  const keepText = flags.get('--keep') ?? String(DEFAULT_KEEP)
  const keep = Number(keepText)
  if (!/^\d+$/.test(keepText) || keep < 1 || keep > 3650) return { ok: false, message: `--keep takes how many backups to keep, 1 to 3650 (got "${keepText}")` }
  const at = flags.get('--at') ?? DEFAULT_AT
  if (!TIME_OF_DAY.test(at)) return { ok: false, message: `--at takes a time of day in Viet Nam, HH:MM from 00:00 to 23:59 (got "${at}")` }
  const previous = await readSchedule(db)
  const to = flags.get('--to') ?? previous?.destination
  if (!to) return { ok: false, message: 'say where the backups go: --to DIR or --to s3://BUCKET[/PREFIX]' }
  let destination: string
  try {
    destination = normaliseDestination(to, options.mediaBucket)
  } catch (error) {
    if (error instanceof DestinationError) return { ok: false, message: error.message }
    throw error
  }
  await writeSchedule(db, { at, keep, destination }, options.now)
  return { ok: true, message: `a backup will be taken daily at ${at} (Asia/Ho_Chi_Minh) to ${destination}, keeping the newest ${keep}; the running portal takes it (one instance)` }
}
