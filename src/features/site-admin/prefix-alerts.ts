import type { NewsroomAlert } from '../../platform/module.ts'
import { heldPrefixes, type CategoryDirectory, type ReservedPrefixes } from '../categories/index.ts'

// A category that held a prefix before its module arrived (an upgrade of a portal with a
// "Văn bản" category at /van-ban) keeps serving, and the module's pages there stay off. The
// administrator is told which category to rename and to what; its old addresses then answer
// 301 (category_former_paths), and the module takes the prefix when the portal next starts.
export async function prefixAlerts(categories: CategoryDirectory, reserved: ReservedPrefixes, heldAtStart: ReadonlySet<string>): Promise<NewsroomAlert[]> {
  const held = heldPrefixes(await categories.tree(), reserved)
  const alerts: NewsroomAlert[] = held.map(({ prefix, module, category, suggestion }) => ({
    right: 'site.administer',
    href: `/toa-soan/quan-tri/chuyen-muc/${category.id}`,
    message: `Chuyên mục “${category.name}” đang giữ đường dẫn /${prefix}, đường dẫn của mô-đun ${module}: các trang của mô-đun này chưa bật. `
      + `Xin đổi đường dẫn của chuyên mục, ví dụ thành “${suggestion}” (địa chỉ cũ sẽ tự chuyển sang địa chỉ mới), rồi khởi động lại cổng thông tin.`,
  }))
  const stillHeld = new Set(held.map((h) => h.prefix))
  for (const prefix of heldAtStart) {
    if (stillHeld.has(prefix)) continue
    alerts.push({ right: 'site.administer', message: `Đường dẫn /${prefix} đã trống: mô-đun ${reserved.get(prefix) ?? ''} sẽ nhận đường dẫn này khi cổng thông tin khởi động lại.` })
  }
  return alerts
}
