export { type AuditActor, type AuditEntry, listAuditLog, presentAudit, recordAudit } from './audit-log.ts';
