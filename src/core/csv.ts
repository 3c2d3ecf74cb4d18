/**
 * CSV for spreadsheets, safe against formula injection: every cell that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'` (OWASP "CSV injection"), so Excel, LibreOffice and Google Sheets show it as
 * text instead of running it; cells holding the separator, quotes or line breaks are quoted. Lines end with CRLF.
 */

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text, optionally with a UTF-8 byte-order mark so that Excel reads it as UTF-8. */
export function csvText(rows: readonly (readonly string[])[], separator: string, bom = true): string {
  const lines = rows.map(cells => cells.map(cell => csvCell(cell, separator)).join(separator));
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
