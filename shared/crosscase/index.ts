export * from './text';
export * from './matrix';
export * from './suggest';
export * from './report';
