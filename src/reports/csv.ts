export type Cell = string | number | null;

/** RFC 4180 CSV with a UTF-8 BOM, so Excel (which assumes the ANSI code page otherwise) shows Chinese. */
export function toCsv(rows: Cell[][]): string {
  const cell = (v: Cell) => {
    const s = v === null ? "" : String(v);
    // A leading = + - @ would be run as a formula by Excel: prefix a quote (CSV injection).
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?%?$/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
