export * from './format';
export * from './caseFile';
export * from './reassignIds';
export { MIGRATIONS } from './migrations';
