/** The version of the ScreeningRecord shape; a host checks it before reading a stored record. */
export const SCREENING_RECORD_SCHEMA_VERSION = 1;
