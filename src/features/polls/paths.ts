/** The readers' addresses of polls (the module's prefix is 'binh-chon'). */
export const POLLS_PATH = '/binh-chon'
export const pollPath = (slug: string) => `${POLLS_PATH}/${slug}`
/** Where a vote is posted and its results read: the only path the browser's mark is sent to. */
export const votePath = (slug: string) => `${POLLS_PATH}/${slug}/bieu-quyet`

/** Page-cache tags: one poll's page, and the list of polls. */
export const pollTag = (id: number) => `poll:${id}`
export const POLL_LIST_TAG = 'polls'
