export * from './snapshot';
export * from './table';
