export * from './day';
export * from './fuzzy';
export * from './pointDates';
