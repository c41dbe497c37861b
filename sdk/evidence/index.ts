export * from './suppress.js';
export * from './cohort.js';
export * from './csv.js';
