import type { Kysely } from 'kysely'
import { idColumn } from '../platform/db/id-column.ts'
import type { MigrationContext } from './index.ts'

// Frozen. Hỏi đáp (issue 15): citizens' questions, their tracking, and the published answers.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const instant = dialect === 'postgres' ? 'timestamptz' : 'text'

  // The fields a question is filed under. A fixed list for now (seeded here), ordered by position.
  await db.schema.createTable('question_topics').$call(idColumn(dialect))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  const topics = ['Hành chính, hộ tịch, cư trú', 'Đất đai, xây dựng', 'Lao động, việc làm, bảo hiểm', 'Giáo dục, y tế', 'Chính sách xã hội', 'Khác']
  await db.insertInto('question_topics' as never).values(topics.map((name, position) => ({ name, position })) as never).execute()

  await db.schema.createTable('questions').$call(idColumn(dialect))
    // HD-<year>-<sequence of that year, six digits>: the look-up also needs the asker's e-mail or phone.
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('question_topics.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // The name as the asker chose it to be published ("Nguyễn Văn A", "N.V.A.", "Bạn đọc"): kept after erasure.
    .addColumn('public_name', 'text', (c) => c.notNull())
    // Contact details: shown only to those who handle the case, emptied after the retention period.
    .addColumn('asker_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('lang', 'text', (c) => c.notNull().defaultTo('vi'))
    // mới → đã phân công → đang xử lý → chờ duyệt trả lời → đã trả lời; or từ chối, trùng.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id'))
    // The day (Hà Nội) the answer is due: received + 10 working days on the platform's calendar.
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('answer_html', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
    // Set when approved: the question and answer are public from then on, at /hoi-dap/<slug>.
    .addColumn('slug', 'text', (c) => c.unique())
    .addColumn('published_at', instant)
    // Câu hỏi thường gặp: pinned first in the public list.
    .addColumn('is_faq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('received_at', instant, (c) => c.notNull())
    .addColumn('consented_at', instant, (c) => c.notNull())
    .addColumn('closed_at', instant)
    .addColumn('contact_erased_at', instant)
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('questions_year_sequence').on('questions').columns(['year', 'sequence']).unique().execute()
  await db.schema.createIndex('questions_status').on('questions').columns(['status', 'due_on']).execute()
  await db.schema.createIndex('questions_published').on('questions').columns(['published_at']).execute()

  // The case's public history: each status it went through, with the words the asker reads.
  await db.schema.createTable('question_history').$call(idColumn(dialect))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('question_history_question').on('question_history').columns(['question_id', 'id']).execute()

  // Internal notes: never shown to the asker nor published.
  await db.schema.createTable('question_notes').$call(idColumn(dialect))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('at', instant, (c) => c.notNull())
    .execute()
  await db.schema.createIndex('question_notes_question').on('question_notes').columns(['question_id', 'id']).execute()

  // One row: how many months contact details of closed cases are kept (the administrator sets it).
  await db.schema.createTable('question_settings')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('retention_months', 'integer', (c) => c.notNull())
    .execute()
  await db.insertInto('question_settings' as never).values({ id: 1, retention_months: 24 } as never).execute()
}
