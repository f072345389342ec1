import type { Day, Validity } from './document.ts'

// The validity the register proposes from a document's dates and the documents that replace it,
// on the newsroom's calendar (days 'YYYY-MM-DD' on Asia/Ho_Chi_Minh, compared as text). The
// clerk's override, when set, is what readers see instead.

/** A published document that replaces this one: it ends this one's force on the day it takes effect. */
export interface Replacement {
  effectiveFrom: Day | null
  status: string
}

export interface ValidityFacts {
  /** Whether the document's kind has a validity at all (not công văn, thông báo, báo cáo). */
  hasValidity: boolean
  effectiveFrom: Day | null
  effectiveUntil: Day | null
  replacedBy: readonly Replacement[]
  /** The newsroom's day now (newsroomDay(clock.now())). */
  today: Day
  /** The clerk's word ("Hết hiệu lực một phần", "Ngưng hiệu lực", or any other, with a reason): it wins. */
  override?: Validity | null
}

/**
 * null for a kind without validity; 'not_yet' before the day it takes effect; 'expired' from the
 * day a published replacing document takes effect, or from the day after its last day in force
 * (effective_until is the last day it is in force); 'in_force' otherwise. The override wins.
 */
export function proposeValidity(facts: ValidityFacts): Validity | null {
  if (!facts.hasValidity) return null
  if (facts.override) return facts.override
  const { today } = facts
  const replaced = facts.replacedBy.some((r) => r.status === 'published' && (r.effectiveFrom === null || r.effectiveFrom <= today))
  if (replaced) return 'expired'
  if (facts.effectiveUntil !== null && today > facts.effectiveUntil) return 'expired'
  if (facts.effectiveFrom !== null && today < facts.effectiveFrom) return 'not_yet'
  return 'in_force'
}
