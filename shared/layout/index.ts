export * from './packCards';
export * from './ticks';
export * from './dragItem';
