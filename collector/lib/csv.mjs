// CSV cells for spreadsheets: quoted when they hold the separator, quotes or line breaks, and text that starts
// with = + - @ (or a tab or carriage return) gets a leading ' so that Excel or LibreOffice never runs it as a formula.

/** One cell: strings as they are, lists and objects as JSON, numbers and booleans as text, nothing as empty. */
export function csvCell(value, separator = ',') {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One line, ending in CRLF. */
export const csvLine = (values, separator = ',') => values.map(v => csvCell(v, separator)).join(separator) + '\r\n';
