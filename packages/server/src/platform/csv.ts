/** A spreadsheet-safe cell: text that a spreadsheet would run as a formula is quoted. */
export function spreadsheetCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
