export * from './format';
export * from './caseFile';
export * from './migrations';
export * from './reassignIds';
