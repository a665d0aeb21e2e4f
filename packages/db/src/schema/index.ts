export * from './catalog';
export * from './commitments';
export * from './auth';
export * from './editorial';
export * from './cache-events';
export * from './search';
