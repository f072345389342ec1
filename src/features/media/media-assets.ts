import { readFileSync } from 'node:fs'
import { hashedAsset } from '../../platform/http/hashed-asset.ts'

/** The media edit screen's focal point picker (browser/focus-point.js); the form works without it. */
export const FOCUS_POINT_SCRIPT = hashedAsset('diem-nhin', readFileSync(new URL('./browser/focus-point.js', import.meta.url)), 'js')
