export * from './keymap';
