// The one CSV writer for everything Attune exports (screening records, cohort summaries).

/**
 * A cell a spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return)
 * starts with an apostrophe instead: free-text answers come from people, and a CSV is opened in
 * Excel. Then any cell holding a comma, quote, line feed or carriage return is quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text with CRLF line ends (RFC 4180), every cell written by `csvCell`. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
