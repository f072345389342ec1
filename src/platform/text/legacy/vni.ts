// VNI-Windows (the `VNI-Times`, `VNI-Helve` … fonts): a letter with a diacritic is mostly two bytes,
// the base letter and a byte drawn as a combining mark (á = 'a' + 0xF9), capitals with the capital
// form of the mark byte (Á = 'A' + 0xD9). Single bytes: đ Đ, ơ Ơ, ư Ư (which then take a tone
// byte: ớ = 0xF4 0xF9), the i family (í ì ỉ ĩ ị) and ỵ Ỵ.
//
// Facts, written here as our own data, from two sources compared letter by letter
// (docs/decisions/0062-legacy-vietnamese-encodings.md):
//  - the VNI-Windows table of Debian's ibus-unikey 0.7.0~beta1-1 (vnconv double-byte data, located in
//    /usr/libexec/ibus-engine-unikey through its Unicode letter table), and
//  - the npm package vietnamese-conversion 2.0.0, used by tables.test.ts. The two agree on 130 of
//    the 134 letters; for ỷ ỹ Ỷ Ỹ the npm package gives single bytes (ë ì Ë Ì) that are already
//    ặ's mark and the letters ì Ì, so it cannot be right: Unikey's 'yû' 'yõ' 'YÛ' 'YÕ' are used.
// Bytes are written as Windows-1252 text (each character is one byte below 0x100).
export const VNI: readonly (readonly [letter: string, bytes: string])[] = [
  ['Á', 'A\u00d9'], ['á', 'a\u00f9'], ['À', 'A\u00d8'], ['à', 'a\u00f8'], ['Ả', 'A\u00db'], ['ả', 'a\u00fb'],
  ['Ã', 'A\u00d5'], ['ã', 'a\u00f5'], ['Ạ', 'A\u00cf'], ['ạ', 'a\u00ef'], ['Â', 'A\u00c2'], ['â', 'a\u00e2'],
  ['Ấ', 'A\u00c1'], ['ấ', 'a\u00e1'], ['Ầ', 'A\u00c0'], ['ầ', 'a\u00e0'], ['Ẩ', 'A\u00c5'], ['ẩ', 'a\u00e5'],
  ['Ẫ', 'A\u00c3'], ['ẫ', 'a\u00e3'], ['Ậ', 'A\u00c4'], ['ậ', 'a\u00e4'], ['Ă', 'A\u00ca'], ['ă', 'a\u00ea'],
  ['Ắ', 'A\u00c9'], ['ắ', 'a\u00e9'], ['Ằ', 'A\u00c8'], ['ằ', 'a\u00e8'], ['Ẳ', 'A\u00da'], ['ẳ', 'a\u00fa'],
  ['Ẵ', 'A\u00dc'], ['ẵ', 'a\u00fc'], ['Ặ', 'A\u00cb'], ['ặ', 'a\u00eb'], ['Đ', '\u00d1'], ['đ', '\u00f1'],
  ['É', 'E\u00d9'], ['é', 'e\u00f9'], ['È', 'E\u00d8'], ['è', 'e\u00f8'], ['Ẻ', 'E\u00db'], ['ẻ', 'e\u00fb'],
  ['Ẽ', 'E\u00d5'], ['ẽ', 'e\u00f5'], ['Ẹ', 'E\u00cf'], ['ẹ', 'e\u00ef'], ['Ê', 'E\u00c2'], ['ê', 'e\u00e2'],
  ['Ế', 'E\u00c1'], ['ế', 'e\u00e1'], ['Ề', 'E\u00c0'], ['ề', 'e\u00e0'], ['Ể', 'E\u00c5'], ['ể', 'e\u00e5'],
  ['Ễ', 'E\u00c3'], ['ễ', 'e\u00e3'], ['Ệ', 'E\u00c4'], ['ệ', 'e\u00e4'], ['Í', '\u00cd'], ['í', '\u00ed'],
  ['Ì', '\u00cc'], ['ì', '\u00ec'], ['Ỉ', '\u00c6'], ['ỉ', '\u00e6'], ['Ĩ', '\u00d3'], ['ĩ', '\u00f3'],
  ['Ị', '\u00d2'], ['ị', '\u00f2'], ['Ó', 'O\u00d9'], ['ó', 'o\u00f9'], ['Ò', 'O\u00d8'], ['ò', 'o\u00f8'],
  ['Ỏ', 'O\u00db'], ['ỏ', 'o\u00fb'], ['Õ', 'O\u00d5'], ['õ', 'o\u00f5'], ['Ọ', 'O\u00cf'], ['ọ', 'o\u00ef'],
  ['Ô', 'O\u00c2'], ['ô', 'o\u00e2'], ['Ố', 'O\u00c1'], ['ố', 'o\u00e1'], ['Ồ', 'O\u00c0'], ['ồ', 'o\u00e0'],
  ['Ổ', 'O\u00c5'], ['ổ', 'o\u00e5'], ['Ỗ', 'O\u00c3'], ['ỗ', 'o\u00e3'], ['Ộ', 'O\u00c4'], ['ộ', 'o\u00e4'],
  ['Ơ', '\u00d4'], ['ơ', '\u00f4'], ['Ớ', '\u00d4\u00d9'], ['ớ', '\u00f4\u00f9'], ['Ờ', '\u00d4\u00d8'], ['ờ', '\u00f4\u00f8'],
  ['Ở', '\u00d4\u00db'], ['ở', '\u00f4\u00fb'], ['Ỡ', '\u00d4\u00d5'], ['ỡ', '\u00f4\u00f5'], ['Ợ', '\u00d4\u00cf'], ['ợ', '\u00f4\u00ef'],
  ['Ú', 'U\u00d9'], ['ú', 'u\u00f9'], ['Ù', 'U\u00d8'], ['ù', 'u\u00f8'], ['Ủ', 'U\u00db'], ['ủ', 'u\u00fb'],
  ['Ũ', 'U\u00d5'], ['ũ', 'u\u00f5'], ['Ụ', 'U\u00cf'], ['ụ', 'u\u00ef'], ['Ư', '\u00d6'], ['ư', '\u00f6'],
  ['Ứ', '\u00d6\u00d9'], ['ứ', '\u00f6\u00f9'], ['Ừ', '\u00d6\u00d8'], ['ừ', '\u00f6\u00f8'], ['Ử', '\u00d6\u00db'], ['ử', '\u00f6\u00fb'],
  ['Ữ', '\u00d6\u00d5'], ['ữ', '\u00f6\u00f5'], ['Ự', '\u00d6\u00cf'], ['ự', '\u00f6\u00ef'], ['Ý', 'Y\u00d9'], ['ý', 'y\u00f9'],
  ['Ỳ', 'Y\u00d8'], ['ỳ', 'y\u00f8'], ['Ỷ', 'Y\u00db'], ['ỷ', 'y\u00fb'], ['Ỹ', 'Y\u00d5'], ['ỹ', 'y\u00f5'],
  ['Ỵ', '\u00ce'], ['ỵ', '\u00ee'],
]
