/**
 * The organisation's units a citizen's case may be given to (issue 15: "assignment to a newsroom
 * user, and to a unit once the organisation's structure exists"). The cases module opens the
 * point; the structure module adds its units. Without it, cases are given to people only.
 */
export interface CaseUnits {
  /** The units a case may be given to today, in the organisation's order. */
  active(): Promise<{ id: number; name: string }[]>
}

/** Every unit the modules offer, or none when no module offers any. */
export async function unitsFrom(sources: readonly CaseUnits[]): Promise<{ id: number; name: string }[]> {
  return (await Promise.all(sources.map((s) => s.active()))).flat()
}
