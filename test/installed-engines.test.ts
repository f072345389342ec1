import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'

// package.json promises Node 20.19 and later; a dependency that wants a newer Node makes
// `npm install` warn (EBADENGINE) and may break on the servers we tell operators to use.
// Checked against the lock file, which is what `npm ci` installs.
const root = new URL('..', import.meta.url)
const promised = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node as string
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> }

type Version = [number, number, number]

/** The lowest version of a range such as ">=20.19": the oldest Node we support. */
const oldestSupported = parse(promised.replace(/^>=\s*/, ''))

function parse(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : 0))
  return [major, minor, patch]
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]
}

/** Enough of npm's range syntax for engines fields: ||, spaces, >= > <= < = ^ ~ and x-ranges. */
function satisfies(version: Version, range: string): boolean {
  return range.split('||').some((set) => {
    const comparators = set.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter((c) => c !== '')
    return comparators.every((comparator) => {
      const [, op = '', text = ''] = /^(>=|<=|>|<|=|\^|~)?(.*)$/.exec(comparator)!
      if (text === '*' || text === 'x' || text === '') return true
      const parts = text.split('.')
      const given = parts.filter((part) => /^\d+$/.test(part)).length
      const low = parse(text)
      const order = compare(version, low)
      const below = (high: Version) => compare(version, high) < 0
      if (op === '>=') return order >= 0
      if (op === '>') return order > 0
      if (op === '<=') return order <= 0
      if (op === '<') return order < 0
      if (op === '^') return order >= 0 && below(low[0] > 0 ? [low[0] + 1, 0, 0] : [0, low[1] + 1, 0])
      if (op === '~') return order >= 0 && below(given >= 2 ? [low[0], low[1] + 1, 0] : [low[0] + 1, 0, 0])
      if (given >= 3) return order === 0
      return order >= 0 && below(given === 2 ? [low[0], low[1] + 1, 0] : [low[0] + 1, 0, 0])
    })
  })
}

test('the engines range reader reads the ranges our dependencies use', () => {
  const node20 = parse('20.19.0')
  for (const range of ['>=20.19', '>= 0.8', '20.x || 22.x', '^20.9.0', '>=6 <7 || >=8', '6.* || 8.* || >= 10.*', '^10 || ^12 || >=14', '*', '>= 10.x']) assert.ok(satisfies(node20, range), range)
  for (const range of ['>=22', '^18.17.0', '>=20.19 <20.19', '22.x || 24.x', '~20.18.0', '>20.19.0']) assert.ok(!satisfies(node20, range), range)
})

test(`every installed package supports Node ${oldestSupported.join('.')}, the oldest package.json promises`, () => {
  const wantNewer = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && !Array.isArray(entry.engines) && entry.engines?.node && !satisfies(oldestSupported, entry.engines.node))
    .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${(entry.engines as { node: string }).node}`)
  assert.deepEqual(wantNewer, [])
})
