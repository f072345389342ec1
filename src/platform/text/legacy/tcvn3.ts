// TCVN3 (ABC), the VN3 subset that the `.VnTime`/`.VnArial` fonts use: one byte a letter, small
// letters only, except the seven capitals Ă Â Ê Ô Ơ Ư Đ. A capital with a tone mark has no byte:
// it was set in the matching all-capitals font (`.VnTimeH`, `.VnArialH` …), where the same byte is
// drawn as the capital (and ASCII a–z too). So decoding gives the small letter, and capitals come
// from the font (see decode.ts).
//
// Facts, written here as our own data: the byte of each small letter is the same in two sources,
// checked letter by letter (docs/decisions/0062-legacy-vietnamese-encodings.md):
//  - the TCVN3 table of Debian's ibus-unikey 0.7.0~beta1-1 (vnconv charset data, located in
//    /usr/libexec/ibus-engine-unikey through its Unicode letter table), and
//  - the npm package vietnamese-conversion 2.0.0 (dist/charsets.js), used by tables.test.ts.
// Bytes not listed (0xA0, 0xAF, 0xB0–0xB4, 0xC0–0xC5 … not used by VN3 letters) keep their
// Windows-1252 meaning.
export const TCVN3: readonly (readonly [letter: string, byte: number])[] = [
  ['á', 0xb8], ['à', 0xb5], ['ả', 0xb6], ['ã', 0xb7], ['ạ', 0xb9], ['Â', 0xa2], ['â', 0xa9], ['ấ', 0xca],
  ['ầ', 0xc7], ['ẩ', 0xc8], ['ẫ', 0xc9], ['ậ', 0xcb], ['Ă', 0xa1], ['ă', 0xa8], ['ắ', 0xbe], ['ằ', 0xbb],
  ['ẳ', 0xbc], ['ẵ', 0xbd], ['ặ', 0xc6], ['Đ', 0xa7], ['đ', 0xae], ['é', 0xd0], ['è', 0xcc], ['ẻ', 0xce],
  ['ẽ', 0xcf], ['ẹ', 0xd1], ['Ê', 0xa3], ['ê', 0xaa], ['ế', 0xd5], ['ề', 0xd2], ['ể', 0xd3], ['ễ', 0xd4],
  ['ệ', 0xd6], ['í', 0xdd], ['ì', 0xd7], ['ỉ', 0xd8], ['ĩ', 0xdc], ['ị', 0xde], ['ó', 0xe3], ['ò', 0xdf],
  ['ỏ', 0xe1], ['õ', 0xe2], ['ọ', 0xe4], ['Ô', 0xa4], ['ô', 0xab], ['ố', 0xe8], ['ồ', 0xe5], ['ổ', 0xe6],
  ['ỗ', 0xe7], ['ộ', 0xe9], ['Ơ', 0xa5], ['ơ', 0xac], ['ớ', 0xed], ['ờ', 0xea], ['ở', 0xeb], ['ỡ', 0xec],
  ['ợ', 0xee], ['ú', 0xf3], ['ù', 0xef], ['ủ', 0xf1], ['ũ', 0xf2], ['ụ', 0xf4], ['Ư', 0xa6], ['ư', 0xad],
  ['ứ', 0xf8], ['ừ', 0xf5], ['ử', 0xf6], ['ữ', 0xf7], ['ự', 0xf9], ['ý', 0xfd], ['ỳ', 0xfa], ['ỷ', 0xfb],
  ['ỹ', 0xfc], ['ỵ', 0xfe],
]
