export {
  type Backup,
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  BackupError,
  type BackupLimits,
  type BackupRow,
  parseBackup,
  readBackupFile,
  serializeBackup,
} from './format';
export { exportDatabase } from './export';
export { importBackup, type ImportOptions, type ImportReport } from './import';
export { BACKUP_TABLES, EPHEMERAL_TABLES } from './tables';
