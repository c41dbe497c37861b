export * from './schema.js';
export * from './machine.js';
export * from './xapi.js';
