export * from './machine.js';
export * from './record.js';
export * from './selectors.js';
export * from './persistence.js';
export * from './ended-note.js';
export * from './ended-note-of.js';
export * from './events.js';
export * from './profile-summary.js';
