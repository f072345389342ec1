// @ts-check
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// The stamp says which files a build was made from and what they held. `npm start` compares it
// with the files on disk before every start, so it must stay cheap: plain reads and one hash,
// no esbuild. It is written last, so a build that died half-way is never taken for a good one.

export const STAMP_FILE = 'build-stamp.json'

/**
 * @typedef {object} BuildStamp
 * @property {string} digest    hash over every input's path and bytes
 * @property {string[]} inputs  paths relative to the project root, sorted; a folder's ends in /
 */

/**
 * The digest of the inputs as they are on disk now; a missing input counts as a change, and so
 * does a file added to or removed from a folder read at run time.
 * @param {string} root
 * @param {readonly string[]} inputs
 */
export function digestInputs(root, inputs) {
  const hash = createHash('sha256')
  for (const input of inputs.flatMap((path) => (path.endsWith('/') ? filesIn(root, path) : [path]))) {
    hash.update(input).update('\0')
    try {
      hash.update(readFileSync(join(root, input)))
    } catch {
      hash.update('(missing)')
    }
    hash.update('\0')
  }
  return hash.digest('hex')
}

/**
 * @param {string} root
 * @param {string} folder  ends in /
 * @returns {string[]}
 */
function filesIn(root, folder) {
  try {
    return readdirSync(join(root, folder), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((entry) => (entry.isDirectory() ? filesIn(root, `${folder}${entry.name}/`) : [`${folder}${entry.name}`]))
  } catch {
    return [`${folder}(missing)`]
  }
}

/**
 * @param {string} outDir
 * @returns {BuildStamp | undefined}
 */
export function readStamp(outDir) {
  try {
    const stamp = JSON.parse(readFileSync(join(outDir, STAMP_FILE), 'utf8'))
    return typeof stamp?.digest === 'string' && Array.isArray(stamp.inputs) ? stamp : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether `outDir` holds a build of the files as they are now: none, or one from other files, is stale.
 * @param {string} root
 * @param {string} outDir
 */
export function isBuildCurrent(root, outDir) {
  const stamp = readStamp(outDir)
  return stamp !== undefined && digestInputs(root, stamp.inputs) === stamp.digest
}
