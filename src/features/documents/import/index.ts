export { documentImportRoutes } from './import.routes.ts'
export { IMPORT_AUDIT_ACTIONS, type ImportDeps } from './run-import.ts'
export { IMPORT_PATH } from './import.view.ts'
