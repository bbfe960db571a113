// What Excel, WPS and LibreOffice do to what staff type, undone before the validator sees it: numbers
// stored as text, full-width digits from a Chinese input method, dates as 2025年3月31日, 2025/3/31 or a
// serial number, rich text, hyperlinks, formulas, stray spaces. Anything these rules do not recognise is
// passed on as typed, so the validator's own message names it. Pure: runs in the browser too.

/** A template's date cell: exceljs writes a Date as the Excel date of its UTC day. */
export const isoToExcelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type Plain = string | number | boolean | Date | undefined;

/** The value a cell shows: the text of rich text, the result of a formula, the text of a hyperlink. */
export function plainValue(value: unknown, { link = false } = {}): Plain | { error: string } {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((run) => run.text ?? '').join('');
  if (typeof v.hyperlink === 'string') return link ? v.hyperlink.replace(/^mailto:/, '') : plainValue(v.text);
  if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result);
  if (typeof v.error === 'string') return { error: v.error };
  return undefined;
}

/** Full-width ASCII (０-９, ．, －, ％, the ideographic space) as half-width: what a Chinese input method types. */
export const halfWidth = (text: string) => text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

export const isoOfDate = (date: Date) => date.toISOString().slice(0, 10);

/** Text as typed, without the spaces around it and with Excel's CR LF as LF; empty is absent. */
export function textOf(value: Plain): string | undefined {
  if (value === undefined) return undefined;
  const text = (value instanceof Date ? isoOfDate(value) : String(value)).replace(/\r\n?/g, '\n').trim();
  return text === '' ? undefined : text;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** Twelve significant digits: 0.85 typed as 85% becomes 85, not 85.00000000000001. */
const tidy = (n: number) => Number(n.toPrecision(12));

/**
 * A number cell: numbers as they are, text that is a plain number (half-width or full-width) as that
 * number. A value Excel turned into a percentage (85% typed in a cell: 0.85 shown as 85%) is the
 * percentage for a target measured in %. Other text goes on as text for the validator's message.
 */
export function numberOf(value: Plain, { percentCell = false, percentTarget = false } = {}): number | string | undefined {
  if (typeof value === 'number') return percentCell && percentTarget ? tidy(value * 100) : value;
  const text = textOf(value);
  if (text === undefined) return undefined;
  const plain = halfWidth(text).trim();
  return DECIMAL.test(plain) ? Number(plain) : text;
}

// Excel's day 0 is 1899-12-30 in the 1900 system (its 1900-02-29 is accounted for by that), 1904-01-01 in the other.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH = Date.UTC(1904, 0, 1);
const CHINESE_OR_SLASHED = /^(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?$/;

function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!(serial >= 1 && serial < 2958466)) return undefined;
  return isoOfDate(new Date((date1904 ? EXCEL_1904_EPOCH : EXCEL_EPOCH) + Math.floor(serial) * 86_400_000));
}

/** A date cell as YYYY-MM-DD: a date, a serial number, or text in the ways people write dates. */
export function dateOf(value: Plain, { date1904 = false } = {}): string | undefined {
  if (value instanceof Date) return isoOfDate(value);
  if (typeof value === 'number') return serialToIso(value, date1904) ?? String(value);
  const text = textOf(value);
  if (text === undefined) return undefined;
  const plain = halfWidth(text).trim();
  const match = CHINESE_OR_SLASHED.exec(plain);
  if (match) return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  if (/^\d{5}$/.test(plain)) return serialToIso(Number(plain), date1904) ?? text;
  return text;
}

/** A choice shown in Chinese (a status label, a unit name) as its key; the key itself too; else as typed. */
export function choiceOf(value: Plain, keyOf: ReadonlyMap<string, string>): string | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  return keyOf.get(text) ?? keyOf.get(halfWidth(text).trim()) ?? text;
}
