export * from './rules';
export * from './check';
export * from './limits';
export * from './dateRules';
export * from './messages';
