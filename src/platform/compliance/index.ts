export { DutyChecks, type DutyCheck, type DutyFinding, type DutyInput, type DutyItem, type DutyState } from './duty-checks.ts'
