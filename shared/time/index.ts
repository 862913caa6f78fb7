export * from './day';
export * from './fuzzy';
export * from './phrase';
export * from './describe';
export * from './pointDates';
