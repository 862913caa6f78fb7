export * from './format';
export * from './caseFile';
export * from './migrations';
export * from './reassignIds';
export * from './encrypted';
export * from './decode';
