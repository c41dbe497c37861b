/** The `schemaVersion` every screening record carries; it changes only when the record's shape does. */
export const SCREENING_RECORD_SCHEMA_VERSION = 1;
