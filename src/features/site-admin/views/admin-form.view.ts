import type { Crumb } from '../../admin-kit/index.ts'

// The site administration's screens build on the admin kit's views; this is where they live.
export { actionButton, csrfField, emptyForm, errorSummary, inputField, moveButtons, notice, type FormState } from '../../admin-kit/index.ts'

export const ADMIN = '/toa-soan/quan-tri'

/** The first step of every site-administration breadcrumb. */
export const SITE_ADMIN: Crumb = { label: 'Quản trị', href: ADMIN }
