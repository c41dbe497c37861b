export * from './plan-machine.js';
