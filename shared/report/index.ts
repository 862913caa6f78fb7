export * from './model';
export * from './tiles';
