import type { RightsTable } from './module-list.ts'

// The rights table the newsroom checks against (accounts' `may`). It is worked out from the
// module list (module-list.ts `rightsOf`) and put here by whoever assembles the modules:
// src/modules.ts for the portal's own list, buildApp for the list it was given. One table a
// process: every portal of a process runs the same code, so the same modules.
let installed: RightsTable | undefined

export function useRights(table: RightsTable): void {
  installed = table
}

export function currentRights(): RightsTable {
  if (!installed) throw new Error('no rights table: the module list (src/modules.ts) is assembled before the newsroom checks a right')
  return installed
}
