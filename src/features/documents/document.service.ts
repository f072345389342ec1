import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import type { NewsroomEventBus } from '../../platform/events.ts'
import type { Job } from '../../platform/jobs/index.ts'
import type { RelationKind, Validity } from './document.ts'

// The register's writes: every rule of a document's save (validated on the server, in
// Vietnamese, field by field), its relations, publication and the two background jobs.
// Each change is one transaction with its revision and audit entry; 'documents.changed' is
// emitted after the commit with every document whose page it changed.

/** Who acts: the signed-in user (routes check the rights; the service records who). */
export interface DocumentActor {
  userId: number
  ip?: string
}

/**
 * A document as the newsroom's form (or an import row) sends it. Days are 'YYYY-MM-DD' or
 * 'DD/MM/YYYY' ('' for none); ids are null when nothing was chosen. Errors come back as a
 * ValidationError whose `fields` are keyed by these names.
 */
export interface DocumentInput {
  kindId: number | null
  issuerId: number | null
  number: string
  summary: string
  issuedOn: string
  title?: string
  signer?: string
  bodyHtml?: string
  effectiveFrom?: string
  effectiveUntil?: string
  /** '' for none: the register's proposal stands. */
  validityOverride?: Validity | ''
  /** Required with an override: shown to readers and audited. */
  validityReason?: string
  consultationOpensOn?: string
  consultationClosesOn?: string
  fieldIds?: readonly number[]
}

export interface DocumentRelationInput {
  kind: RelationKind
  otherId: number
}

export interface DocumentServiceDeps {
  db: Db
  events: NewsroomEventBus
  clock: Clock
}

export const PUBLISH_TICK_MS = 15_000

export class DocumentService {
  constructor(readonly deps: DocumentServiceDeps) {}

  /** A new draft; returns its id. */
  async create(_input: DocumentInput, _actor: DocumentActor): Promise<number> {
    throw new Error('not yet')
  }

  /** Saves every field of the form (fields included), a revision, the validity of it and of what it replaces. */
  async save(_id: number, _input: DocumentInput, _actor: DocumentActor): Promise<void> {
    throw new Error('not yet')
  }

  /** Marks a relation from the acting side ("this replaces other"); shown on both documents. */
  async addRelation(_id: number, _relation: DocumentRelationInput, _actor: DocumentActor): Promise<void> {
    throw new Error('not yet')
  }

  /** Removes a relation, given from either side: `id` acting, or `id` the other (pass `side: 'other'`). */
  async removeRelation(_id: number, _relation: DocumentRelationInput & { side?: 'acting' | 'other' }, _actor: DocumentActor): Promise<void> {
    throw new Error('not yet')
  }

  /** Publishes at once (from draft or scheduled). */
  async publish(_id: number, _actor: DocumentActor): Promise<void> {
    throw new Error('not yet')
  }

  /** Publishes at a set time (the job does it when due). */
  async schedule(_id: number, _at: Date, _actor: DocumentActor): Promise<void> {
    throw new Error('not yet')
  }

  /** Back to draft: off the readers' pages (scheduled or published). */
  async withdraw(_id: number, _actor: DocumentActor): Promise<void> {
    throw new Error('not yet')
  }

  /** Publishes every scheduled document that is due; returns their ids. */
  async publishDue(): Promise<number[]> {
    throw new Error('not yet')
  }

  /** Recomputes every document's validity for today; returns those that changed. */
  async refreshValidity(): Promise<number[]> {
    throw new Error('not yet')
  }

  /** The jobs: publish when due (every 15 s and at start), and validity at each newsroom-day change. */
  jobs(): Job[] {
    throw new Error('not yet')
  }
}
