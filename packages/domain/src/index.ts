export * from './api';
export * from './dates';
export * from './editorial';
export * from './history';
export * from './records';
export * from './status';
export * from './target-date';
export * from './vocabulary';
