import { PORTAL_MODULES } from './modules.ts'
import { httpMessages } from './platform/http/messages.ts'
import type { Catalogue, Messages } from './platform/i18n/index.ts'

/**
 * Every catalogue of the public portal's interface: each must be complete in every language.
 * The platform's own, then each module's (its manifest's `messages`).
 */
export const PORTAL_CATALOGUES: readonly Catalogue<Messages>[] = [httpMessages, ...PORTAL_MODULES.flatMap((module) => module.messages ?? [])]
