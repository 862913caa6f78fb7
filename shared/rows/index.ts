export * from './delimited';
export * from './readRows';
export * from './plan';
