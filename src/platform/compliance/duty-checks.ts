// What the portal can say about the duties a state portal has by law (Decree 42/2022, Circular
// 22/2023): the duties themselves are data kept by the compliance module (a newer decree
// replaces them); how each is checked belongs to the module that owns the data, which declares
// a check for the duty's id in its manifest (`compliance`). The compliance page asks here, and
// never learns a module's tables.

export type DutyState = 'met' | 'not_met' | 'warning'

/** One thing behind a finding (a late document, an untranslated unit), linked to where it is put right. */
export interface DutyItem {
  label: string
  href: string
}

/** What a check found now, in the newsroom's words. */
export interface DutyFinding {
  state: DutyState
  /** In Vietnamese: what was found, with the numbers. */
  detail: string
  /** The newsroom screen (or page) where the duty is met or put right. */
  href: string
  /** The first few things behind a not met or warning state, each with its own link. */
  items?: readonly DutyItem[]
}

export interface DutyInput {
  now: Date
  /** The administrator's threshold, in percent, for a duty the catalogue measures against one (questions answered on time). */
  threshold?: number
}

export interface DutyCheck {
  /** The duty's id in the compliance catalogue ('emc-code'); a check for an id the catalogue lacks is never asked. */
  duty: string
  check(input: DutyInput): Promise<DutyFinding>
}

/** Every module's checks, one per duty. */
export class DutyChecks {
  readonly #checks = new Map<string, { check: DutyCheck; module: string }>()

  /** A module's check; two for one duty is a programming error that stops the start, naming both. */
  add(check: DutyCheck, module: string): void {
    const other = this.#checks.get(check.duty)
    if (other) throw new Error(`modules "${other.module}" and "${module}" both check the duty "${check.duty}"`)
    this.#checks.set(check.duty, { check, module })
  }

  /** The check of this duty; undefined when no module checks it (the duty is not applicable yet). */
  find(duty: string): DutyCheck | undefined {
    return this.#checks.get(duty)?.check
  }
}
