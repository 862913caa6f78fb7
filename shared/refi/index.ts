export * from './codebook';
export * from './guid';
export * from './project';
export * from './qdpx';
export * from './xml';
