export * from './json-schema.js';
export * from './records-csv.js';
