export { ConflictPanel } from './conflict-panel';
export {
  CheckboxGroup,
  ListField,
  NumberField,
  type Option,
  RepeatableFieldset,
  Select,
  TextArea,
  TextField,
} from './fields';
export { formatDateTime } from './format';
export { optionsFrom, optionsOf } from './options';
export { getAt, humanizePath, setAt, showValue } from './paths';
export { ErrorSummary, RecordForm } from './record-form';
export {
  type Conflict,
  type FormBinding,
  issuesByPath,
  type RecordFormOptions,
  type RecordFormState,
  type Saved,
  useRecordForm,
} from './use-record-form';
