import { WordpressSource, type WordpressOptions } from './wxr-source.ts'

export { WordpressSource, type WordpressOptions } from './wxr-source.ts'

/** `import wordpress FILE.xml [--uploads DIR]`: the WXR reader. */
export function openWordpressSource(file: string, options: WordpressOptions = {}): WordpressSource {
  return new WordpressSource(file, options)
}
