// CSV export of the archive list: what the table shows, every page of the current filter and
// sort, headers in the user's language. UTF-8 with a BOM and CRLF line ends so Excel (what HR
// opens it with) reads Chinese names correctly.

/** One field as RFC 4180 wants it: quoted when it holds a comma, quote or line break. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would be read by a spreadsheet as a formula: keep it text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(headers: string[], rows: unknown[][]): string {
  return `\uFEFF${[headers, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export interface ListRow {
  name: string;
  employeeNo: string;
  position: { name: string };
  department: { name: string };
  hireDate?: string | null;
}

export function listRows(rows: ListRow[]): unknown[][] {
  return rows.map((e) => [e.name, e.employeeNo, e.position.name, e.department.name, e.hireDate ?? '']);
}

/** The file name: archive list and today's date (the export is a snapshot). */
export function csvFileName(today: string): string {
  return `talentloop-archive-${today}.csv`;
}

/** Hands a text file to the browser as a download. */
export function download(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
