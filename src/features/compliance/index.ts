// Trang tuân thủ: what other features may use (a module declares its checks in its own manifest, importing nothing from here).
export { complianceModule } from './compliance.module.ts'
export { DUTIES, findDuty, type Duty } from './duties.ts'
