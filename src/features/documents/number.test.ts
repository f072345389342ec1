import assert from 'node:assert/strict'
import { test } from 'node:test'
import { numberKey, numberMatches, numberPatterns } from './number.ts'

test('a number is kept as its folded tokens, sorted, with đ as d', () => {
  assert.equal(numberKey('15/2021/QĐ-UBND'), ' 15 2021 qd ubnd ')
  assert.equal(numberKey('35-NQ/TW'), ' 35 nq tw ')
  assert.equal(numberKey('Quy định 22-QĐ/TW'), ' 22 dinh qd quy tw ')
  assert.equal(numberKey('  '), '')
})

test('a reader finds a number typed in any order, case, spacing, with or without Đ', () => {
  for (const query of ['15/2021/QĐ-UBND', '15/2021/QD-UBND', 'qd 15 2021', 'QĐ-UBND 15', '2021 15', 'ubnd   qđ']) {
    assert.equal(numberMatches('15/2021/QĐ-UBND', query), true, query)
  }
  assert.equal(numberMatches('15/2021/QĐ-UBND', '16/2021'), false)
  assert.equal(numberMatches('15/2021/QĐ-UBND', 'ct 15'), false)
  assert.equal(numberMatches('15/2021/QĐ-UBND', ''), false)
})

test('a query becomes one LIKE pattern per token, never anything to escape', () => {
  assert.deepEqual(numberPatterns('QĐ 15 % _ 15'), ['% qd %', '% 15 %'])
})
