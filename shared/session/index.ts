export * from './rules';
export * from './steering';
