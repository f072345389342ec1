export { bytesToText, charToByte, couldBeBytes, toByteString } from './bytes.ts'
export { convertLegacyBytes, convertLegacyText, type ConversionResult, type ConvertOptions, type ParagraphReport } from './convert.ts'
export { byteStringToBytes, decodeLegacy, encodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './decode.ts'
export { detectParagraph, hintFromCharset, hintFromFont, isVietnameseSyllable, MIN_CONFIDENCE, type Detection, type LegacyHint } from './detect.ts'
