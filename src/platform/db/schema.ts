import type { ColumnType, Generated } from 'kysely'

// Instants: ISO-8601 text on SQLite, timestamptz on PostgreSQL. Written as ISO strings,
// read back as either; `toInstant()` turns both into a Date at the repository edge.
export type Instant = ColumnType<string | Date, string, string>
type NullableInstant = ColumnType<string | Date | null, string | null, string | null>

export interface CategoryTable {
  id: Generated<number>
  parent_id: number | null
  slug: string
  name: string
  description: string
  position: number
  in_menu: ColumnType<number, number | undefined, number>
  created_at: Instant
  updated_at: Instant
}

export interface ArticleTable {
  id: Generated<number>
  slug: string
  title: string
  lead: string
  body_html: string
  byline_kind: string
  byline_name: string
  source: string
  category_id: number
  status: string
  published_at: NullableInstant
  expires_at: NullableInstant
  lead_image_url: string | null
  lead_image_alt: string
  lead_image_caption: string
  seo_title: string
  seo_description: string
  author_id: ColumnType<number | null, number | null | undefined, number | null>
  lead_image_id: ColumnType<number | null, number | null | undefined, number | null>
  lead_image_srcset: ColumnType<string, string | undefined, string>
  lead_image_width: ColumnType<number | null, number | null | undefined, number | null>
  lead_image_height: ColumnType<number | null, number | null | undefined, number | null>
  return_reason: ColumnType<string, string | undefined, string>
  /** 1 once a comment of the article was approved, never cleared: 0 means it has none (kept by the comments feature). */
  has_approved_comments: ColumnType<number, number | undefined, number>
  /** Goes up with every save of the text (live or pending): a save names the version it was made from. */
  version: ColumnType<number, number | undefined, number>
  /** Who last changed the live text, and who approved it since: publishing needs a second pair of eyes. */
  changed_by: ColumnType<number | null, number | null | undefined, number | null>
  approved_by: ColumnType<number | null, number | null | undefined, number | null>
  /** 'vi' or 'en': the pages of that language list it, and only those. */
  language: ColumnType<string, string | undefined, string>
  /** The title as folded words, " dan van kheo " (platform/text/word-match.ts): the newsroom finds articles by it. */
  title_folded: ColumnType<string, string | undefined, string>
  created_at: Instant
  updated_at: Instant
}

export interface TagTable {
  id: Generated<number>
  slug: string
  name: string
}

export interface ArticleTagTable {
  article_id: number
  tag_id: number
  position: number
}

export interface LinkGroupTable {
  id: Generated<number>
  name: string
  position: number
}

export interface LinkTable {
  id: Generated<number>
  group_id: number
  name: string
  url: string
  position: number
}

export interface WeatherPlaceTable {
  id: Generated<number>
  name: string
  latitude: number
  longitude: number
  position: number
}

export interface WeatherReportTable {
  place_id: number
  fetched_at: Instant
  report_json: string
}

export interface SiteSettingTable {
  key: string
  value: string
}

export interface UserTable {
  id: Generated<number>
  email: string
  name: string
  password_hash: string
  role: string
  is_active: ColumnType<number, number | undefined, number>
  created_at: Instant
  updated_at: Instant
}

export interface UserCategoryTable {
  user_id: number
  category_id: number
}

export interface SessionTable {
  token_hash: string
  user_id: number
  csrf_token: string
  created_at: Instant
  last_seen_at: Instant
  expires_at: Instant
  ip: string
  user_agent: string
}

export interface SignInFailureTable {
  key: string
  failures: number
  last_failed_at: Instant
  locked_until: NullableInstant
}

/** An address the user signed in from: the per-account slowing spares it (audit 11.6). */
export interface SignInAddressTable {
  user_id: number
  ip: string
  last_signed_in_at: Instant
}

/** The user's TOTP authenticator; unconfirmed while being enrolled. */
export interface SecondFactorTable {
  user_id: number
  /** Base32, as the authenticator app has it. */
  secret: string
  created_at: Instant
  confirmed_at: NullableInstant
  /** The 30-second step of the last code accepted; no code at or before it is taken again. */
  last_used_step: ColumnType<number, number | undefined, number>
}

export interface RecoveryCodeTable {
  id: Generated<number>
  user_id: number
  /** SHA-256 (base64url) of the code without its dashes. */
  code_hash: string
  created_at: Instant
  used_at: NullableInstant
}

/** Password accepted, second-factor code awaited. */
export interface PendingSignInTable {
  token_hash: string
  user_id: number
  created_at: Instant
  expires_at: Instant
  ip: string
  next: string
  failures: ColumnType<number, number | undefined, number>
}

export interface AuditLogTable {
  id: Generated<number>
  at: Instant
  user_id: number | null
  action: string
  item_type: string
  item_id: string
  ip: string
  details: string
}

export interface ArticleRevisionTable {
  id: Generated<number>
  article_id: number
  saved_at: Instant
  user_id: number | null
  snapshot: string
}

export interface NotificationTable {
  id: Generated<number>
  user_id: number
  created_at: Instant
  message: string
  link: string
  read_at: NullableInstant
}

export interface MediaTable {
  id: Generated<number>
  /** `uploads/YYYY/MM/<random>`: each file is `<storage_key>-<width>.webp` under MEDIA_DIR. */
  storage_key: string
  /** The widths stored, comma-separated, smallest first; the last is the main file. */
  widths: string
  /** As the uploader's computer named it (NFC): for display only, never a path. */
  original_name: string
  /** What the upload was, judged by its bytes (the stored files are always WebP). */
  mime: string
  /** The main file's size in pixels. */
  width: number
  height: number
  /** The main file's size on disk. */
  bytes: number
  alt: ColumnType<string, string | undefined, string>
  caption: ColumnType<string, string | undefined, string>
  uploaded_by: number | null
  created_at: Instant
}

export interface CommentTable {
  id: Generated<number>
  article_id: number
  parent_id: number | null
  author_name: string
  /** Never shown to readers. */
  author_email: string
  /** NFC plain text, shown escaped. */
  body: string
  body_key: string
  search_text: string
  /** pending | approved | rejected | spam */
  status: string
  spam_reason: ColumnType<string, string | undefined, string>
  links_allowed: ColumnType<number, number | undefined, number>
  ip: string
  user_agent: string
  created_at: Instant
  moderated_at: NullableInstant
  moderated_by: number | null
  reply_text: ColumnType<string, string | undefined, string>
  reply_by: number | null
  reply_at: NullableInstant
}

export interface CommentSettingTable {
  key: string
  value: string
}

export interface CommentUnmoderatedCategoryTable {
  category_id: number
}

export interface CommentClosedArticleTable {
  article_id: number
  closed_at: Instant
}

export interface AbuseCounterTable {
  key: string
  count: number
  expires_at: Instant
}

/**
 * What the search index knows of an item besides its syllables (those are per dialect: see
 * src/features/search): which item (kind, source_id), under which number the index holds it.
 */
export interface SearchDocumentTable {
  /** The number the index holds the item under: an article's own id; negative for other kinds. */
  article_id: number
  /** The content source's kind: 'article', … */
  kind: ColumnType<string, string | undefined, string>
  /** The item's id in its kind; empty in rows of articles indexed before kinds existed. */
  source_id: number | null
  /** 0 for the kinds not filed in categories. */
  category_id: number
  published_at: Instant
  /** The item's modified date when it was indexed: startup re-indexes what differs. */
  source_updated_at: Instant
}

/** An address a category (or one above it) had before a rename or a move: it redirects. */
export interface CategoryFormerPathTable {
  /** "/tin-tuc/dan-van", as tree.url() gave it then. */
  path: string
  category_id: number
  created_at: Instant
}

/** Readers' views of an article on one day of the newsroom's calendar ("2026-12-02"). */
/** A change to a published article, waiting for someone else to accept or return it. */
export interface ArticlePendingChangeTable {
  article_id: number
  /** The article's form as saved (JSON, like a revision). */
  snapshot: string
  /** JSON array of the user ids who saved into it: none of them may accept it. */
  contributors: string
  saved_by: number | null
  created_at: Instant
  updated_at: Instant
}

/** Who has an article open in the editor, as of their last heartbeat. */
export interface ArticlePresenceTable {
  article_id: number
  user_id: number
  seen_at: Instant
  /** The editor page (a random token per page load) that beat last. */
  page: ColumnType<string, string | undefined, string>
}

/** An administrator's audited grant: this user's changes apply without a second approver. */
export interface OwnChangeGrantTable {
  user_id: number
  granted_by: number | null
  granted_at: Instant
}

/** Where the administrator put a layout block; a block with no row shows where it goes by default. */
export interface BlockPlacementTable {
  block_id: string
  slot: string
  position: number
  /** 1 shown, 0 hidden. */
  shown: number
}

// The tables of the first releases. A module adds its own tables by declaration merging, in a
// `*.table.ts` of its folder: `declare module '…/platform/db/schema.ts' { interface Database { polls: PollTable } }`
// (working-days and most-read do; the rest move when their modules are next changed).
export interface Database {
  categories: CategoryTable
  articles: ArticleTable
  tags: TagTable
  article_tags: ArticleTagTable
  link_groups: LinkGroupTable
  links: LinkTable
  weather_places: WeatherPlaceTable
  weather_reports: WeatherReportTable
  site_settings: SiteSettingTable
  users: UserTable
  user_categories: UserCategoryTable
  sessions: SessionTable
  sign_in_failures: SignInFailureTable
  audit_log: AuditLogTable
  article_revisions: ArticleRevisionTable
  notifications: NotificationTable
  media: MediaTable
  comments: CommentTable
  comment_settings: CommentSettingTable
  comment_unmoderated_categories: CommentUnmoderatedCategoryTable
  comment_closed_articles: CommentClosedArticleTable
  abuse_counters: AbuseCounterTable
  search_documents: SearchDocumentTable
  category_former_paths: CategoryFormerPathTable
  article_pending_changes: ArticlePendingChangeTable
  article_presence: ArticlePresenceTable
  own_change_grants: OwnChangeGrantTable
  sign_in_addresses: SignInAddressTable
  second_factors: SecondFactorTable
  recovery_codes: RecoveryCodeTable
  pending_sign_ins: PendingSignInTable
  block_placements: BlockPlacementTable
}
