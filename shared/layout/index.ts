export * from './packCards';
export * from './ticks';
export * from './dragItem';
export * from './wallType';
export * from './textMeasure';
export * from './labels';
export * from './timeLabels';
export * from './momentLayout';
