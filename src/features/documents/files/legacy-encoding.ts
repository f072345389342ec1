// Text that comes out of a file set in a pre-Unicode Vietnamese font (TCVN3/ABC's .VnTime,
// VNI-Times) is mojibake: the font drew Vietnamese letters for bytes that the file maps to
// Latin-1 characters. TCVN3 gives "QuyÕt ®Þnh" for "Quyết định" (®, ©, ª, «, ¸, µ, ¶, ·, ¹ in
// place of đ, â, ê, ô, á, à, ả, ã, ạ); VNI gives "Quyeát ñònh" (ñ for đ, ö for ư, ø, ù, û, õ,
// ï after a vowel for its tone). Unicode Vietnamese has none of these characters, and has
// letters (ă, đ, ơ, ư, ế, ạ…) such text never shows. So the text is judged legacy when these
// foreign characters are frequent and outnumber the Vietnamese-only letters.

/** Latin-1 symbols (¡…¿) and the Latin-1 letters Vietnamese never uses. */
const FOREIGN = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/gu
/** Letters only Vietnamese text has: ă â đ ê ô ơ ư and the letters with stacked or dotted marks. */
const VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/gu
const LETTER = /\p{L}/gu
/** VNI's tone bytes after a vowel ("aø" for à, "eä" for ệ): no Vietnamese syllable has these pairs. */
const VNI_TONE = /[aeiouyAEIOUY][\u00f9\u00f8\u00fb\u00f5\u00ef\u00eb\u00fc\u00e5\u00e4]/gu

export function looksLikeLegacyEncoding(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0
  const foreign = (text.match(FOREIGN)?.length ?? 0) + (text.match(VNI_TONE)?.length ?? 0)
  const vietnamese = text.match(VIETNAMESE)?.length ?? 0
  return foreign >= 8 && foreign >= letters * 0.03 && foreign > vietnamese * 2
}
