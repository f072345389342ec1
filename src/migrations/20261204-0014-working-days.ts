import type { Kysely } from 'kysely'
import type { MigrationContext } from './index.ts'

// Frozen. The working-day calendar deadlines are counted with (issue 12): the days that differ
// from "Monday to Friday", one row a date. Seeded with 2026 and 2027 as shipped; from then on
// the administrator keeps it (Quản trị › Ngày làm việc) as the government announces each year's
// days, and those edits are what counts. The data is written out here, not imported, because a
// migration never changes once released.
//
// Labour Code 2019, Art. 112: Tết Dương lịch 1/1; Tết Âm lịch 5 days (the Prime Minister picks
// them); Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 and one day before or after. A
// holiday on a Saturday or Sunday is followed by a day off in lieu (nghỉ bù); days are swapped
// (hoán đổi) with a Saturday worked in exchange (làm bù).
// 2026 is as announced: Tết 16–20/02 (Thủ tướng, 10/2025), 1/1 with 2/1 swapped for 10/1
// (VPCP 12729/VPCP-KGVX, 25/12/2025), Quốc khánh 1–2/9 with 31/8 swapped for 22/8. 2027 had not
// been announced when this was written: it follows the Labour Code's own reading and must be
// checked against the announcement. Lunar dates: Tết Bính Ngọ 17/02/2026, Tết Đinh Mùi
// 06/02/2027; Giỗ Tổ 26/04/2026 and 16/04/2027 (checked by working-days/shipped-days.test.ts).
type Kind = 'holiday' | 'day-off' | 'worked-day'
const SHIPPED: [day: string, kind: Kind, name: string][] = [
  ['2026-01-01', 'holiday', 'Tết Dương lịch'],
  ['2026-01-02', 'day-off', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01)'],
  ['2026-01-10', 'worked-day', 'Làm bù cho thứ Sáu 02/01'],
  ['2026-02-16', 'holiday', 'Tết Nguyên Đán (29 tháng Chạp)'],
  ['2026-02-17', 'holiday', 'Tết Nguyên Đán (mùng 1)'],
  ['2026-02-18', 'holiday', 'Tết Nguyên Đán (mùng 2)'],
  ['2026-02-19', 'holiday', 'Tết Nguyên Đán (mùng 3)'],
  ['2026-02-20', 'holiday', 'Tết Nguyên Đán (mùng 4)'],
  ['2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2026-04-27', 'day-off', 'Nghỉ bù Giỗ Tổ Hùng Vương (rơi vào Chủ nhật)'],
  ['2026-04-30', 'holiday', 'Ngày Chiến thắng'],
  ['2026-05-01', 'holiday', 'Ngày Quốc tế Lao động'],
  ['2026-08-22', 'worked-day', 'Làm bù cho thứ Hai 31/08'],
  ['2026-08-31', 'day-off', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08)'],
  ['2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề)'],
  ['2026-09-02', 'holiday', 'Quốc khánh'],
  ['2027-01-01', 'holiday', 'Tết Dương lịch'],
  ['2027-02-05', 'holiday', 'Tết Nguyên Đán (29 tháng Chạp)'],
  ['2027-02-06', 'holiday', 'Tết Nguyên Đán (mùng 1)'],
  ['2027-02-07', 'holiday', 'Tết Nguyên Đán (mùng 2)'],
  ['2027-02-08', 'holiday', 'Tết Nguyên Đán (mùng 3)'],
  ['2027-02-09', 'holiday', 'Tết Nguyên Đán (mùng 4)'],
  ['2027-02-10', 'day-off', 'Nghỉ bù Tết Nguyên Đán (mùng 1 rơi vào thứ Bảy)'],
  ['2027-02-11', 'day-off', 'Nghỉ bù Tết Nguyên Đán (mùng 2 rơi vào Chủ nhật)'],
  ['2027-04-16', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2027-04-30', 'holiday', 'Ngày Chiến thắng'],
  ['2027-05-01', 'holiday', 'Ngày Quốc tế Lao động'],
  ['2027-05-03', 'day-off', 'Nghỉ bù Ngày Quốc tế Lao động (rơi vào thứ Bảy)'],
  ['2027-09-02', 'holiday', 'Quốc khánh'],
  ['2027-09-03', 'holiday', 'Quốc khánh (ngày liền kề)'],
]

export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'
  // day: 'YYYY-MM-DD' on the Vietnamese calendar, text on both databases (a date, not an instant).
  await db.schema.createTable('working_day_exceptions')
    .addColumn('day', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // Null: shipped with the portal.
    .addColumn('added_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('added_at', instant, (c) => c.notNull())
    .execute()
  const now = new Date().toISOString()
  await (db as Kysely<any>).insertInto('working_day_exceptions')
    .values(SHIPPED.map(([day, kind, name]) => ({ day, kind, name, added_by: null, added_at: now })))
    .execute()
}
