import type { Db } from '../../platform/db/connect.ts'
import type { EntryValues } from './calendar-entry.ts'
import { findEntry, insertEntry, keepPublishedValues, setCancelled, setWeekStatus, updateEntry } from './calendar.repository.ts'
import { daysOfWeek, shiftWeek, weekOf } from './week.ts'

// A provincial commission's two weeks (Ban Dân vận Tỉnh ủy): this week published, with one
// meeting moved and one postponed since; next week entered and waiting for approval.

const TRUONG_BAN = 'Đồng chí Hoàng Minh Tuấn, Trưởng ban'
const PHO_THUONG_TRUC = 'Đồng chí Lê Thị Thu Hà, Phó Trưởng ban Thường trực'
const PHO_BAN = 'Đồng chí Nguyễn Đức Long, Phó Trưởng ban'
const HOI_TRUONG = 'Phòng họp tầng 2, trụ sở Ban'

type Demo = [weekday: number, startsAt: string, endsAt: string | null, title: string, presides: string, attends: string, place: string, preparingUnit: string, notes?: string]

const THIS_WEEK: Demo[] = [
  [0, '07:30', null, 'Chào cờ đầu tuần; giao ban lãnh đạo Ban', TRUONG_BAN, 'Lãnh đạo Ban; trưởng, phó các phòng', HOI_TRUONG, 'Văn phòng Ban'],
  [0, '14:00', '17:00', 'Làm việc với Ban Dân vận Huyện ủy Cam Lộ về công tác dân vận chính quyền', PHO_THUONG_TRUC, 'Phòng Dân vận chính quyền; Ban Dân vận Huyện ủy Cam Lộ', 'Huyện ủy Cam Lộ', 'Phòng Dân vận chính quyền'],
  [1, '08:00', '11:30', 'Dự Hội nghị Ban Thường vụ Tỉnh ủy', TRUONG_BAN, 'Theo giấy mời', 'Phòng họp Ban Thường vụ Tỉnh ủy', 'Văn phòng Tỉnh ủy'],
  [1, '08:00', '11:00', 'Họp Tổ công tác rà soát quy chế dân chủ ở cơ sở', PHO_BAN, 'Thành viên Tổ công tác', HOI_TRUONG, 'Phòng Dân tộc, Tôn giáo'],
  [1, '14:00', null, 'Tiếp công dân định kỳ', PHO_THUONG_TRUC, 'Cán bộ Phòng Tổng hợp', 'Trụ sở Tiếp công dân tỉnh', 'Phòng Tổng hợp'],
  [2, '07:30', '11:30', 'Kiểm tra mô hình “Dân vận khéo” tại xã Hải Ba', PHO_BAN, 'Phòng Dân vận chính quyền; Ủy ban MTTQ Việt Nam tỉnh', 'Xã Hải Ba, huyện Hải Lăng', 'Phòng Dân vận chính quyền'],
  [2, '08:00', '11:00', 'Làm việc với Hội Nông dân tỉnh về kết quả thực hiện Kết luận 62-KL/TW', TRUONG_BAN, 'Lãnh đạo Hội Nông dân tỉnh; Phòng Đoàn thể', 'Hội Nông dân tỉnh', 'Phòng Đoàn thể'],
  [2, '14:00', '16:30', 'Họp Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh', TRUONG_BAN, 'Thành viên Ban Chỉ đạo', 'Hội trường Tỉnh ủy', 'Cơ quan Thường trực Ban Chỉ đạo', 'Đề nghị các thành viên nghiên cứu tài liệu gửi kèm giấy mời.'],
  [3, '08:00', '11:00', 'Giao ban công tác dân vận khối các cơ quan tỉnh quý IV', PHO_THUONG_TRUC, 'Trưởng ban dân vận, người phụ trách công tác dân vận các sở, ngành', HOI_TRUONG, 'Phòng Dân vận chính quyền'],
  [3, '08:00', null, 'Dự Lễ kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam', PHO_BAN, 'Theo giấy mời', 'Bộ Chỉ huy Quân sự tỉnh', 'Văn phòng Ban'],
  [3, '14:00', '17:00', 'Nghe báo cáo dự thảo Báo cáo tổng kết công tác dân vận năm 2026', TRUONG_BAN, 'Lãnh đạo Ban; trưởng các phòng', HOI_TRUONG, 'Phòng Tổng hợp'],
  [3, '14:00', '16:00', 'Làm việc với Ban Tôn giáo tỉnh về tình hình các tôn giáo dịp lễ Giáng sinh', PHO_BAN, 'Phòng Dân tộc, Tôn giáo; Ban Tôn giáo tỉnh', 'Ban Tôn giáo tỉnh', 'Phòng Dân tộc, Tôn giáo'],
  [4, '07:30', '11:30', 'Dự Hội nghị tổng kết phong trào thi đua “Dân vận khéo” tỉnh giai đoạn 2021–2026', TRUONG_BAN, 'Lãnh đạo Ban; các phòng', 'Hội trường Trung tâm Hội nghị tỉnh', 'Phòng Dân vận chính quyền', 'Trang phục: áo dài (nữ), com-lê (nam).'],
  [4, '14:00', '16:30', 'Họp Chi bộ cơ quan thường kỳ', PHO_THUONG_TRUC, 'Toàn thể đảng viên Chi bộ', HOI_TRUONG, 'Chi ủy'],
  [4, '14:00', null, 'Tiếp và làm việc với Đoàn công tác Ban Dân vận Trung ương', TRUONG_BAN, 'Lãnh đạo Ban; Phòng Tổng hợp', HOI_TRUONG, 'Văn phòng Ban'],
  [5, '07:30', '11:00', 'Dự Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư thôn Tân Lập', PHO_BAN, 'Theo giấy mời', 'Thôn Tân Lập, xã Triệu Phong', 'Ủy ban MTTQ Việt Nam tỉnh'],
  [5, '08:00', null, 'Trực lãnh đạo cơ quan', PHO_THUONG_TRUC, 'Cán bộ trực Văn phòng', 'Trụ sở Ban', 'Văn phòng Ban'],
  [6, '08:00', null, 'Trực lãnh đạo cơ quan', PHO_BAN, 'Cán bộ trực Văn phòng', 'Trụ sở Ban', 'Văn phòng Ban'],
]

const NEXT_WEEK: Demo[] = [
  [0, '07:30', null, 'Chào cờ đầu tuần; giao ban lãnh đạo Ban', TRUONG_BAN, 'Lãnh đạo Ban; trưởng, phó các phòng', HOI_TRUONG, 'Văn phòng Ban'],
  [0, '14:00', '17:00', 'Thẩm định hồ sơ đề nghị khen thưởng phong trào “Dân vận khéo”', PHO_THUONG_TRUC, 'Hội đồng Thi đua, Khen thưởng cơ quan', HOI_TRUONG, 'Phòng Tổng hợp'],
  [1, '08:00', '11:30', 'Hội nghị tổng kết công tác dân vận năm 2026, triển khai nhiệm vụ năm 2027', TRUONG_BAN, 'Theo giấy mời', 'Hội trường Tỉnh ủy', 'Phòng Tổng hợp'],
  [1, '14:00', null, 'Tiếp công dân định kỳ', PHO_BAN, 'Cán bộ Phòng Tổng hợp', 'Trụ sở Tiếp công dân tỉnh', 'Phòng Tổng hợp'],
  [2, '08:00', '11:00', 'Làm việc với Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh', TRUONG_BAN, 'Phòng Dân vận chính quyền', 'Đảng ủy Khối', 'Phòng Dân vận chính quyền'],
  [2, '14:00', '16:30', 'Họp rà soát chương trình công tác năm 2027', PHO_THUONG_TRUC, 'Lãnh đạo Ban; trưởng các phòng', HOI_TRUONG, 'Văn phòng Ban'],
  [3, '07:30', '11:30', 'Thăm, tặng quà gia đình chính sách dịp Tết Nguyên đán', PHO_BAN, 'Phòng Đoàn thể; Hội Cựu chiến binh tỉnh', 'Huyện Gio Linh', 'Phòng Đoàn thể'],
  [3, '14:00', '17:00', 'Dự Hội nghị Tỉnh ủy lần thứ 12', TRUONG_BAN, 'Theo giấy mời', 'Hội trường Tỉnh ủy', 'Văn phòng Tỉnh ủy'],
  [4, '08:00', '11:00', 'Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp năm mới', TRUONG_BAN, 'Lãnh đạo Ban; Phòng Dân tộc, Tôn giáo', 'Hội trường Trung tâm Hội nghị tỉnh', 'Phòng Dân tộc, Tôn giáo'],
  [4, '14:00', null, 'Giao ban Văn phòng và các phòng', PHO_THUONG_TRUC, 'Trưởng các phòng', HOI_TRUONG, 'Văn phòng Ban'],
  [5, '08:00', null, 'Trực lãnh đạo cơ quan', PHO_BAN, 'Cán bộ trực Văn phòng', 'Trụ sở Ban', 'Văn phòng Ban'],
  [6, '08:00', null, 'Trực lãnh đạo cơ quan', PHO_THUONG_TRUC, 'Cán bộ trực Văn phòng', 'Trụ sở Ban', 'Văn phòng Ban'],
]

function valuesOf(week: string, [weekday, startsAt, endsAt, title, presides, attends, place, preparingUnit, notes]: Demo): EntryValues {
  return { day: daysOfWeek(week)[weekday]!, startsAt, endsAt, title, presides, attends, place, preparingUnit, notes: notes ?? '' }
}

export async function seedCalendarDemo(db: Db, now: Date): Promise<boolean> {
  const any = await db.selectFrom('calendar_entries').select('id').limit(1).executeTakeFirst()
  if (any) return false
  const week = weekOf(now)
  const next = shiftWeek(week, 1)
  const ids: number[] = []
  for (const demo of THIS_WEEK) ids.push(await insertEntry(db, valuesOf(week, demo), now))
  for (const demo of NEXT_WEEK) await insertEntry(db, valuesOf(next, demo), now)
  await setWeekStatus(db, week, 'published', now)
  await keepPublishedValues(db, week)
  await setWeekStatus(db, next, 'submitted', now)
  // Since publication: the Thursday review moved to the afternoon's end, the Friday visit postponed.
  const moved = await findEntry(db, ids[10]!)
  if (moved) await updateEntry(db, moved.id, { ...moved, startsAt: '15:30', endsAt: '17:30', place: 'Phòng họp tầng 3, trụ sở Ban' }, now)
  await setCancelled(db, ids[14]!, true, now)
  return true
}
