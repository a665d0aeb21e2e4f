export {
  type Backup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupRow,
  parseBackup,
  serializeBackup,
} from './format';
export { exportDatabase } from './export';
export { importBackup, type ImportOptions, type ImportReport } from './import';
export { BACKUP_TABLES, EPHEMERAL_TABLES } from './tables';
