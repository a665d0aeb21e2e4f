export { ConflictPanel } from './conflict-panel';
export {
  Checkbox,
  CheckboxGroup,
  ListField,
  NumberField,
  type Option,
  OptionalFieldset,
  RepeatableFieldset,
  Select,
  TextArea,
  TextField,
} from './fields';
export { formatDateTime } from './format';
export { optionsFrom, optionsOf } from './options';
export { getAt, humanizePath, labelPath, type PathWords, setAt, showValue } from './paths';
export { blankQuote, QuoteFields } from './quote-fields';
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
