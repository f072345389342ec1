import assert from 'node:assert/strict'
import { test } from 'node:test'
import sharp from 'sharp'
import { encodeVariants, inspectImage, variantWidths } from './media-image.ts'
import { imageSources } from './media.ts'

test('variant widths: each step narrower than the image, then the image itself up to 1600, never enlarged', () => {
  const table: [number, number[]][] = [
    [300, [300]], [480, [480]], [481, [480, 481]], [1200, [480, 960, 1200]], [1600, [480, 960, 1600]], [6000, [480, 960, 1600]],
  ]
  for (const [width, expected] of table) assert.deepEqual(variantWidths(width), expected, `width ${width}`)
})

test('srcset and sizes name every stored width; src is the main file', () => {
  const s = imageSources({ storageKey: 'uploads/2026/11/abc', widths: [480, 960, 1200], width: 1200, height: 800 }, '100vw')
  assert.deepEqual(s, {
    src: '/media/uploads/2026/11/abc-1200.webp',
    srcset: '/media/uploads/2026/11/abc-480.webp 480w, /media/uploads/2026/11/abc-960.webp 960w, /media/uploads/2026/11/abc-1200.webp 1200w',
    sizes: '100vw', width: 1200, height: 800,
  })
})

test('a very tall infographic is scaled to fit WebP instead of failing', async () => {
  const tall = await sharp({ create: { width: 1000, height: 17000, channels: 3, background: '#eee' } }).png({ compressionLevel: 1 }).toBuffer()
  const variants = await encodeVariants(tall, await inspectImage(tall))
  assert.deepEqual(variants.map((v) => v.width), [480, 960, 964])
  assert.ok(variants.every((v) => v.height <= 16383))
})
