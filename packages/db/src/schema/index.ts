export * from './catalog';
export * from './commitments';
