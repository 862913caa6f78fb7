export * from './day';
export * from './fuzzy';
