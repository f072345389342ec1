export { recordAudit, listAudit, type AuditEntry, type AuditRecord, type AuditFilter } from './audit.repository.ts'
