export * from './schema.js';
export * from './machine.js';
export * from './completion.js';
export * from './xapi.js';
export * from './team.js';
export { isUuid } from './validate.js';
