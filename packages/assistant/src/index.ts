export { propose, type ProposeOptions } from './propose';
export { MESSAGES, ProposeError, type ProposeErrorReason } from './text';
export { warmUp } from './sentences';
