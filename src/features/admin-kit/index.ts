// The kit of the newsroom's administration screens (a list, a form, audited changes announced
// once committed), for any module whose newsroom screen edits a list of things.
export { adminScreenRoutes, type AdminPage, type AdminScreen } from './admin-screen.routes.ts'
export {
  actorWith, announcedChanges, commitChange, moveWithin, StillInUseError,
  type Actor, type AuditFacts, type ChangeDeps, type Direction,
} from './admin-change.ts'
export { formBodySchema, ItemParams, itemId, readForm, WRONG_SHAPE } from './form-body.ts'
export { FormCheck, nextPosition, typedValues, type FormErrors, type FormValues } from './form-check.ts'
export {
  actionButton, adminFormView, checkboxField, csrfField, emptyForm, errorSummary, inputField, moveButtons, notice, positionField,
  selectField, textareaField, trail, type AdminFormModel, type Crumb, type FormState, type InputOptions,
} from './views/admin-form.view.ts'
export { adminListView, adminTable, type AdminListModel, type AdminTableModel, type Column } from './views/admin-list.view.ts'
