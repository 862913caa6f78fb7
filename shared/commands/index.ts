export * from './types';
export * from './registry';
export * from './createCase';
export { LANE_COLOURS } from './laneCommands';
export { tracksChanges } from './changeTrail';
export * from './historyStep';
