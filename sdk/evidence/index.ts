export * from './cohort.js';
export * from './csv.js';
export * from './categories.js';
export { MAX_NOISE, noiseFor, publishCount, recordIdentity } from './cell-key.js';
export * from './files.js';
export * from './equality.js';
