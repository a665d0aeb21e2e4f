export { propose, type ProposeOptions, warmUp } from './propose';
export { MESSAGES, ProposeError, type ProposeErrorReason } from './text';
