import * as imports from '../../migrations/20261216-0901-imports.ts'
import type { PortalModule } from '../../platform/module.ts'
import { importChangesJob } from './import-changes.job.ts'
import { OLD_ADDRESS_TAG, OldAddresses } from './old-addresses.ts'

declare module '../../platform/module.ts' {
  interface PortalServices {
    /** The old site's addresses, answered 301 (filled by `npm run toasoan -- import …`). */
    oldAddresses: OldAddresses
  }
}

// Nhập khẩu (issue 17): `npm run toasoan -- import wordpress|ghost|html|nukeviet|jsonl …` reads
// another system's content (records.ts), writes it (import-sink.ts) and keeps the old site's
// addresses, which the portal answers 301 before any route (old-addresses.ts).
export const importModule: PortalModule = {
  name: 'import',
  title: 'Nhập khẩu nội dung',
  migrations: { '20261216-0901-imports': imports },
  provide: ({ db, responder, sources, services }) => ({ oldAddresses: new OldAddresses({ db, responder, sources, categories: services.categories }) }),
  jobs: ({ db, events, services }) => [importChangesJob({ db, events, onChange: () => services.oldAddresses.reload() })],
  contributes: ({ services }) => ({ earlyAnswers: [services.oldAddresses] }),
  async ready({ services, sources, cache, events }) {
    await services.oldAddresses.reload()
    // A kept 301 names where the item was when it was asked for: any change may move it.
    sources.each((source) => source.onChange(() => void cache.purgeTags([OLD_ADDRESS_TAG])))
    events.on('category.changed', () => void cache.purgeTags([OLD_ADDRESS_TAG]))
  },
}
