export * from './codebooks';
export * from './tree';
