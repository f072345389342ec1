// The PDF's faces as the renderer (in its worker) is given them: for each, the font files of
// its subsets in order, each with the code points it draws (see ../pdf-fonts.ts, which reads them).

export type FaceName = 'serif' | 'serif-bold' | 'serif-italic' | 'serif-bold-italic' | 'sans' | 'sans-bold'

export interface FontFile {
  /** The name the document registers it under. */
  name: string
  /** A TrueType file. */
  bytes: Uint8Array
  ranges: readonly (readonly [number, number])[]
}

export type FaceFiles = Record<FaceName, readonly FontFile[]>

export interface PdfFace {
  files: readonly FontFile[]
  /** Which of `files` draws a code point (the first, Latin, when none has it: a missing glyph shows, never a wrong one). */
  fileFor(codePoint: number): FontFile
}

export function facesOf(files: FaceFiles): Record<FaceName, PdfFace> {
  const entries = (Object.keys(files) as FaceName[]).map((name): [FaceName, PdfFace] => {
    const subsets = files[name]
    const chosen = new Map<number, FontFile>()
    return [name, {
      files: subsets,
      fileFor(codePoint) {
        let file = chosen.get(codePoint)
        if (!file) {
          file = subsets.find((f) => f.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) ?? subsets[0]!
          chosen.set(codePoint, file)
        }
        return file
      },
    }]
  })
  return Object.fromEntries(entries) as Record<FaceName, PdfFace>
}
