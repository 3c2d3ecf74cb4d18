// CSV lines of the export, with the widget package's formula-safe cells (`csvCell` in masukan/ikm: one home for
// the neutralising rule).
import { csvCell } from 'masukan/ikm';

/** A value as cell text: lists and objects as JSON, nothing as empty. */
const text = value =>
  value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** One line, ending in CRLF. */
export const csvLine = (values, separator = ',') =>
  values.map(v => csvCell(text(v), separator)).join(separator) + '\r\n';
