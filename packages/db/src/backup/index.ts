export {
  type Backup,
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
  BackupError,
  type BackupLimits,
  type BackupRow,
  LEGACY_BACKUP_VERSION,
  parseBackup,
  readBackupFile,
  serializeBackup,
} from './format';
export { type BackupHeader, exportDatabase } from './export';
export { importBackup, type ImportOptions, type ImportReport } from './import';
export {
  type BackupFile,
  type ExportOptions,
  type FileImportOptions,
  importBackupFile,
  MAX_LINE_BYTES,
  openBackupFile,
  writeBackup,
} from './stream';
export { BACKUP_TABLES, EPHEMERAL_TABLES } from './tables';
