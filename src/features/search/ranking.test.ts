import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rank } from './ranking.ts'
import { candidate as match, type Candidate } from './search.repository.ts'

let day = 0
const candidate = (features: Partial<Candidate> = {}): Candidate => ({ ...match(++day, new Date(Date.UTC(2021, 0, day))), ...features })

test('each rule outweighs all the rules below it together', () => {
  const exact = candidate({ exact: true })
  const everythingElse = candidate({ inTitle: true, adjacent: true, inLead: true, titlePhrase: true })
  const title = candidate({ inTitle: true })
  const adjacentAndLead = candidate({ adjacent: true, inLead: true })
  const adjacent = candidate({ adjacent: true })
  const leadAndTitlePhrase = candidate({ inLead: true, titlePhrase: true })
  const lead = candidate({ inLead: true })
  const titlePhrase = candidate({ titlePhrase: true })
  const body = candidate()
  const ranked = rank([body, titlePhrase, lead, leadAndTitlePhrase, adjacent, adjacentAndLead, title, everythingElse, exact], 'relevance')
  assert.deepEqual(ranked, [exact, everythingElse, title, adjacentAndLead, adjacent, leadAndTitlePhrase, lead, titlePhrase, body])
})

test('recency breaks ties, and orders everything when newest-first is asked for', () => {
  const older = candidate({ inTitle: true })
  const newer = candidate({ inTitle: true })
  const newest = candidate()
  assert.deepEqual(rank([older, newer, newest], 'relevance'), [newer, older, newest])
  assert.deepEqual(rank([older, newer, newest], 'newest'), [newest, newer, older])
})
