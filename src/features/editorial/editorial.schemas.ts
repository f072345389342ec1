import { Type, type Static } from '@sinclair/typebox'
import { ALL_TRANSITIONS } from './workflow.ts'

// The newsroom's article screens' inputs, checked at the edge. Forms post urlencoded text, so
// every field is an optional string here: what a field must contain (a title, a category that
// exists, a time in the future) is parseDraftForm's and the service's to say, beside the field,
// in Vietnamese. A shape that no form of ours sends (a list where one value goes, an unknown
// workflow step, a malformed id) is refused here with the error page (400). Unknown extra
// fields and query parameters (utm_*, fbclid…) are let through and ignored.

const Id = Type.String({ pattern: '^\\d{1,9}$' })
const Text = Type.Optional(Type.String())

export const ArticleParams = Type.Object({ id: Id })
export const RevisionParams = Type.Object({ id: Id, revision: Id })

/** The article list: its tab, search and filters, and the cursor of the page (article-list.ts reads them). */
export const ArticleListQuery = Type.Object({
  hang: Text, tim: Text, 'chuyen-muc': Text, 'tac-gia': Text, 'trang-thai': Text, tu: Text, den: Text, sau: Text,
})
export const ArticlePageQuery = Type.Object({ 'da-luu': Text })

/** The article form (and the editor's autosave, which posts the same fields). */
export const DraftForm = Type.Object({
  _csrf: Text, version: Text,
  title: Text, lead: Text, bodyHtml: Text, categoryId: Text, bylineKind: Text, bylineName: Text, source: Text, tags: Text,
  slug: Text, seoTitle: Text, seoDescription: Text, expiresAt: Text, leadImageId: Text,
})
export type DraftFormBody = Static<typeof DraftForm>

export const TransitionForm = Type.Object({
  _csrf: Text,
  transition: Type.Union(ALL_TRANSITIONS.map((t) => Type.Literal(t))),
  reason: Text,
  publishAt: Text,
  /** Taken from a list: back to that list (article-list.routes.ts listReturnAddress). */
  'tro-lai': Text,
})

/** The confirmation page a destructive workflow button opens without JavaScript. */
export const ConfirmTransitionQuery = Type.Object({ buoc: Type.Union(ALL_TRANSITIONS.map((t) => Type.Literal(t))), 'tro-lai': Text })

/** Restoring a revision, accepting a change: the version the button was made from. */
export const VersionForm = Type.Object({ _csrf: Text, version: Text })
export const ReturnChangeForm = Type.Object({ _csrf: Text, version: Text, reason: Text })

/** The editor's presence heartbeat (and its goodbye, roi=1). */
export const PresenceForm = Type.Object({ _csrf: Text, trang: Text, roi: Text })
