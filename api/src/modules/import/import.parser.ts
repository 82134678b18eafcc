import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

/** One cell after parsing: text from CSV; text, number, boolean or Date (UTC) from XLSX. */
export type Cell = string | number | boolean | Date | undefined;

export interface ParsedRow {
  /** Row number as the user sees it: CSV line / worksheet row (the header is row 1). */
  row: number;
  cells: Cell[];
}

export interface ParsedSheet {
  headerRow: number;
  headers: string[];
  rows: ParsedRow[];
}

/** A file that cannot be read at all (not a problem of one row). */
export class FileFormatError extends Error {
  override name = 'FileFormatError';
}

/** Hard ceiling on data rows per file: one import is one transaction. */
export const MAX_ROWS = 50_000;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/**
 * Excel on Chinese Windows saves "CSV" in the ANSI code page (GBK), not UTF-8, so a file that
 * is not valid UTF-8 is read as GB18030 (a superset of GBK) instead of failing or garbling 工号.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
}

function isBlank(cell: Cell): boolean {
  return cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

function finish(rows: ParsedRow[]): ParsedSheet {
  const nonEmpty = rows.filter((r) => r.cells.some((c) => !isBlank(c)));
  const [header, ...data] = nonEmpty;
  if (!header) throw new FileFormatError('the file is empty: expected a header row and data rows');
  if (data.length > MAX_ROWS) {
    throw new FileFormatError(
      `the file has ${data.length} data rows; at most ${MAX_ROWS} per import (split the file)`,
    );
  }
  return {
    headerRow: header.row,
    headers: header.cells.map((c) =>
      c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c),
    ),
    rows: data,
  };
}

export function parseCsvBytes(bytes: Uint8Array): ParsedSheet {
  const text = decodeText(bytes);
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    records = parseCsv(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      // Old systems export with ; or tabs as often as with commas.
      delimiter: detectDelimiter(text),
    }) as unknown as typeof records;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileFormatError(`not a readable CSV file: ${reason}`);
  }
  // csv-parse reports the line a record ENDS on; the user looks for the line it starts on.
  let previousEnd = 0;
  let previousEmpty = 0;
  const rows = records.map(({ record, info }) => {
    const start = previousEnd + (info.empty_lines - previousEmpty) + 1;
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return { row: start, cells: record.map((c) => (c === '' ? undefined : c)) };
  });
  return finish(rows);
}

/** The delimiter of the header line: the most frequent of , ; tab (comma on a tie). */
function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** exceljs cell values (rich text, formulas, hyperlinks, errors) → a plain Cell. */
export function plainCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return plainCell(value.richText.map((part) => part.text).join(''));
    if ('formula' in value || 'sharedFormula' in value)
      return plainCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('hyperlink' in value) return plainCell((value as ExcelJS.CellHyperlinkValue).text);
    if ('error' in value) return `#ERROR ${String((value as ExcelJS.CellErrorValue).error)}`;
  }
  return String(value);
}

/** An XLSX is a zip; 3 MB of it may inflate to far more. Refused before anything is inflated. */
export const MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;

/**
 * Sums the uncompressed sizes the zip's central directory declares, so a "zip bomb" is refused
 * before exceljs inflates it into memory. (Declared sizes can lie, but jszip, under exceljs,
 * checks each entry's inflated length against its declared size.)
 */
export function assertReasonableZip(bytes: Uint8Array, limit = MAX_UNCOMPRESSED_BYTES): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes + a comment of at most 65535, at the end of the file.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileFormatError('not a readable XLSX workbook (no zip directory)');
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new FileFormatError('not a readable XLSX workbook (damaged zip directory)');
    }
    total += view.getUint32(offset + 24, true);
    if (total > limit) {
      throw new FileFormatError(
        `the workbook inflates to more than ${Math.round(limit / 1024 / 1024)} MB; save it as CSV or split it`,
      );
    }
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
}

/** The first worksheet that has any content. */
export async function parseXlsxBytes(bytes: Uint8Array): Promise<ParsedSheet> {
  assertReasonableZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    throw new FileFormatError(
      'not a readable XLSX workbook (legacy .xls files must be saved as .xlsx or CSV first)',
    );
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new FileFormatError('the workbook is empty: expected a header row and data rows');
  if (sheet.actualRowCount > MAX_ROWS + 1) {
    throw new FileFormatError(
      `the worksheet has ${sheet.actualRowCount - 1} data rows; at most ${MAX_ROWS} per import (split the file)`,
    );
  }
  const rows: ParsedRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    // row.values is 1-based (index 0 unused) and sparse.
    const values = row.values as ExcelJS.CellValue[];
    for (let i = 1; i < values.length; i++) cells.push(plainCell(values[i]));
    rows.push({ row: rowNumber, cells });
  });
  return finish(rows);
}

export async function parseFile(format: ImportFormat, bytes: Uint8Array): Promise<ParsedSheet> {
  const zip =
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (format === ImportFormat.CSV && zip)
    throw new FileFormatError('this is an XLSX workbook, not CSV: send it with format XLSX');
  return format === ImportFormat.XLSX ? parseXlsxBytes(bytes) : parseCsvBytes(bytes);
}
