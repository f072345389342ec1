// The 134 Vietnamese letters that legacy encodings have to carry: the 67 letters with a diacritic
// (á … ỵ, and đ) in capital and small form, capital first. Everything else in a Vietnamese text is
// plain ASCII (or punctuation), which TCVN3, VNI and VISCII all leave as ASCII.
export const VIETNAMESE_LETTERS = [
  'Á', 'á', 'À', 'à', 'Ả', 'ả', 'Ã', 'ã', 'Ạ', 'ạ', 'Â', 'â', 'Ấ', 'ấ', 'Ầ', 'ầ',
  'Ẩ', 'ẩ', 'Ẫ', 'ẫ', 'Ậ', 'ậ', 'Ă', 'ă', 'Ắ', 'ắ', 'Ằ', 'ằ', 'Ẳ', 'ẳ', 'Ẵ', 'ẵ',
  'Ặ', 'ặ', 'Đ', 'đ', 'É', 'é', 'È', 'è', 'Ẻ', 'ẻ', 'Ẽ', 'ẽ', 'Ẹ', 'ẹ', 'Ê', 'ê',
  'Ế', 'ế', 'Ề', 'ề', 'Ể', 'ể', 'Ễ', 'ễ', 'Ệ', 'ệ', 'Í', 'í', 'Ì', 'ì', 'Ỉ', 'ỉ',
  'Ĩ', 'ĩ', 'Ị', 'ị', 'Ó', 'ó', 'Ò', 'ò', 'Ỏ', 'ỏ', 'Õ', 'õ', 'Ọ', 'ọ', 'Ô', 'ô',
  'Ố', 'ố', 'Ồ', 'ồ', 'Ổ', 'ổ', 'Ỗ', 'ỗ', 'Ộ', 'ộ', 'Ơ', 'ơ', 'Ớ', 'ớ', 'Ờ', 'ờ',
  'Ở', 'ở', 'Ỡ', 'ỡ', 'Ợ', 'ợ', 'Ú', 'ú', 'Ù', 'ù', 'Ủ', 'ủ', 'Ũ', 'ũ', 'Ụ', 'ụ',
  'Ư', 'ư', 'Ứ', 'ứ', 'Ừ', 'ừ', 'Ử', 'ử', 'Ữ', 'ữ', 'Ự', 'ự', 'Ý', 'ý', 'Ỳ', 'ỳ',
  'Ỷ', 'ỷ', 'Ỹ', 'ỹ', 'Ỵ', 'ỵ',
] as const

export const SMALL_LETTERS: readonly string[] = VIETNAMESE_LETTERS.filter((letter) => letter === letter.toLowerCase())
