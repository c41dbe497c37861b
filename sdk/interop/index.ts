export * from './json-schema.js';
