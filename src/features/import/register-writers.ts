import type { Clock } from '../../platform/clock.ts'
import type { Db } from '../../platform/db/connect.ts'
import { NewsroomEventBus } from '../../platform/events.ts'
import { AppError } from '../../platform/http/errors.ts'
import type { MediaStorage } from '../../platform/storage/index.ts'
import { slugify } from '../../platform/text/vietnamese.ts'
import { sanitizeArticleBody } from '../articles/index.ts'
import { attachDocumentFile, DocumentService, insertIssuer, insertKind, listIssuers, listKinds } from '../documents/index.ts'
import { addHistory, ANSWER_WORKING_DAYS, insertQuestion, insertTopic, listTopics, updateCase } from '../questions/index.ts'
import { localDateOf, WorkingDays } from '../working-days/index.ts'
import type { DocumentRecord, QuestionRecord } from './records.ts'

// The legal documents register and Hỏi đáp take an old portal's laws and FAQ (NukeViet's). A
// document goes through the register's own service (its checks, revision, words for search) and
// is published; its kind and issuing body are found by name, or added to the register's lists.
// A question comes in answered and published, as the old portal showed it, with no contact
// details (the old portal's are not ours to keep).

/** The import's own name in the register's history (no newsroom user did it). */
const IMPORT_ACTOR = { userId: null, ip: 'import' }

const sameName = (a: string, b: string) => a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase()
const day = (date: Date | undefined) => (date ? localDateOf(date) : undefined)

export class RegisterWriters {
  readonly #documents: DocumentService

  constructor(private readonly db: Db, private readonly clock: Clock, private readonly storage: MediaStorage | undefined) {
    // A bus of its own: the import runs outside the portal; running portals learn of it from the change log.
    this.#documents = new DocumentService({ db, events: new NewsroomEventBus(), clock })
  }

  /** The new document's id, or why it was not taken (in the register's words). */
  async document(record: DocumentRecord): Promise<{ id: number; notes: string[] } | { refused: string }> {
    const issuedOn = day(record.issuedOn)
    if (!issuedOn) return { refused: 'no date of issue: the register needs one' }
    const notes: string[] = []
    try {
      const id = await this.#documents.create({
        kindId: await this.#kindId(record.documentKind), issuerId: record.issuer ? await this.#issuerId(record.issuer) : null,
        number: record.number.normalize('NFC').trim(), summary: record.summary.normalize('NFC').trim(), issuedOn,
        signer: record.signer?.normalize('NFC').trim() ?? '', ...(record.effectiveOn ? { effectiveFrom: day(record.effectiveOn)! } : {}),
      }, IMPORT_ACTOR)
      for (const file of record.files) {
        if (!this.storage) continue
        try {
          await attachDocumentFile({ db: this.db, media: this.storage, clock: this.clock }, { documentId: id, fileName: file.originalName, source: { path: file.file }, uploadedBy: null })
        } catch (error) {
          notes.push(`file ${file.originalName} not attached: ${reason(error)}`)
        }
      }
      await this.#documents.publish(id, IMPORT_ACTOR)
      return { id, notes }
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      return { refused: reason(error) }
    }
  }

  async question(record: QuestionRecord, html: string, now: Date): Promise<number> {
    const askedAt = record.askedAt ?? record.answeredAt ?? now
    const answeredAt = record.answeredAt ?? askedAt
    const topicId = await this.#topicId(record.topic)
    const dueOn = new WorkingDays([]).addWorkingDays(localDateOf(askedAt), ANSWER_WORKING_DAYS)
    const name = record.askerName?.normalize('NFC').trim() ?? ''
    const { id } = await insertQuestion(this.db, {
      topicId, title: record.title.normalize('NFC').slice(0, 300), body: record.question.normalize('NFC').slice(0, 10_000),
      publicName: name, askerName: name, email: '', phone: '', address: '', lang: 'vi', dueOn,
    }, Number(localDateOf(askedAt).slice(0, 4)), askedAt)
    await addHistory(this.db, id, 'answered', 'nhập từ cổng cũ', null, answeredAt)
    await updateCase(this.db, id, {
      status: 'answered', answer_html: sanitizeArticleBody(html), slug: `${slugify(record.title, 80) || 'cau-hoi'}-${id}`,
      published_at: answeredAt.toISOString(), closed_at: answeredAt.toISOString(),
    }, answeredAt)
    return id
  }

  async #kindId(name: string): Promise<number | null> {
    if (name.trim() === '') return null
    const found = (await listKinds(this.db)).find((k) => sameName(k.name, name))
    return found?.id ?? insertKind(this.db, { name: name.normalize('NFC').trim(), abbreviation: '', hasValidity: true, position: 999, isActive: true })
  }

  async #issuerId(name: string): Promise<number> {
    const found = (await listIssuers(this.db)).find((i) => sameName(i.name, name))
    return found?.id ?? insertIssuer(this.db, { name: name.normalize('NFC').trim(), abbreviation: '', parentId: null, activeFrom: null, activeUntil: null, mergedIntoId: null, position: 999 })
  }

  async #topicId(name: string | undefined): Promise<number> {
    const topics = await listTopics(this.db)
    const wanted = name?.trim() || 'Câu hỏi từ cổng cũ'
    return topics.find((t) => sameName(t.name, wanted))?.id ?? insertTopic(this.db, wanted.normalize('NFC'))
  }
}

function reason(error: unknown): string {
  if (error instanceof AppError) return error.messageVi ?? error.message
  return error instanceof Error ? error.message : String(error)
}
