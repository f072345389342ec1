import sharp from 'sharp'
import type { TestPortal } from './test-portal.ts'

export interface Signed { cookie: string; csrf: string }

/** A plain JPEG of the given size, as a camera would not make it but the decoder reads it. */
export const jpegOf = (width: number, height: number, background = '#36c') =>
  sharp({ create: { width, height, channels: 3, background } }).jpeg().toBuffer()

/** Uploads through the newsroom's script endpoint, as the article editor does; answers the JSON. */
export async function uploadImage(portal: TestPortal, who: Signed, bytes: Buffer, fields: Record<string, string> = {}) {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'anh.jpg')
  const body = new Response(form)
  const res = await portal.app.inject({
    method: 'POST', url: '/toa-soan/anh.json', payload: Buffer.from(await body.arrayBuffer()),
    headers: { 'content-type': body.headers.get('content-type')!, cookie: who.cookie, 'x-csrf-token': who.csrf },
  })
  if (res.statusCode !== 201) throw new Error(`upload answered ${res.statusCode}: ${res.body.slice(0, 300)}`)
  return res.json() as { id: number; url: string; srcset: string; width: number; height: number }
}

/** Every address in a srcset, smallest first. */
export const srcsetUrls = (srcset: string) => srcset.split(', ').map((s) => s.split(' ')[0]!)

/** Presses "Xoá ảnh này" on the image's page. */
export const deleteImage = (portal: TestPortal, who: Signed, id: number) => portal.app.inject({
  method: 'POST', url: `/toa-soan/anh/${id}/xoa`,
  headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: who.cookie },
  payload: new URLSearchParams({ _csrf: who.csrf }).toString(),
})
