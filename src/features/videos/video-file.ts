import { AppError } from '../../platform/http/errors.ts'

// What the newsroom takes as a video: an MP4 file played as uploaded (no transcoding), judged
// by its first bytes, never by its name or declared type; and its captions as a WebVTT file.

export const MAX_VIDEO_BYTES = 100 * 1024 * 1024
export const MAX_CAPTIONS_BYTES = 512 * 1024

// An MP4 is an ISO base media file: its first box is `ftyp`, naming a brand the browsers play.
// QuickTime (`qt  `) and 3GP files have the same shape and are refused: not every browser plays them.
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ', 'MSNV', 'mmp4'])

export function isMp4(head: Buffer): boolean {
  if (head.length < 12 || head.toString('latin1', 4, 8) !== 'ftyp') return false
  const size = head.readUInt32BE(0)
  if (size < 16 || size > 4096) return false
  return MP4_BRANDS.has(head.toString('latin1', 8, 12))
}

/** A WebVTT file starts with "WEBVTT" (after an optional byte order mark), then a space, tab or line end, and is UTF-8 text. */
export function isWebVtt(bytes: Buffer): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  if (!/^WEBVTT([ \t\r\n]|$)/.test(bytes.toString('latin1', start, start + 7))) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return !bytes.includes(0)
  } catch {
    return false
  }
}

export class VideoRejectedError extends AppError {
  constructor(status: 400 | 413 | 422, code: string, messageVi: string) {
    super(status, code, `upload refused: ${code}`, messageVi)
  }
}

export const videoRejections = {
  broken: () => new VideoRejectedError(400, 'malformed_upload', 'Tệp gửi lên không đầy đủ. Xin tải lên lại.'),
  noFile: () => new VideoRejectedError(422, 'no_file', 'Xin chọn một tệp để tải lên.'),
  videoTooLarge: () => new VideoRejectedError(413, 'file_too_large', 'Tệp quá lớn: video tải lên không được vượt quá 100 MB.'),
  notMp4: () => new VideoRejectedError(422, 'unsupported_type', 'Tệp này không phải video MP4. Xin chọn một tệp .mp4 (H.264), không phải .mov hay tệp đổi tên.'),
  captionsTooLarge: () => new VideoRejectedError(413, 'file_too_large', 'Tệp phụ đề quá lớn: không được vượt quá 512 KB.'),
  notWebVtt: () => new VideoRejectedError(422, 'unsupported_type', 'Tệp này không phải phụ đề WebVTT (.vtt, bắt đầu bằng dòng "WEBVTT", mã UTF-8).'),
}
