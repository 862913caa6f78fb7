export * from './codebooks';
export * from './tree';
export * from './reads';
