export * from './schema.js';
export * from './scales.js';
export * from './options.js';
export * from './conditions.js';
export * from './visibility.js';
export * from './define.js';
export * from './scoring.js';
export * from './answers.js';
