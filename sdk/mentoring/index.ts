export * from './plan-machine.js';
export * from './record.js';
