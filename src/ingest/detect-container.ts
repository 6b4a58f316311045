/** What the first bytes of an input say it is. */
export type Container =
  | { kind: 'text' }
  | { kind: 'workbook'; format: 'xlsx' | 'xls' | 'ods' }
  | { kind: 'zip' } // a zip archive: a workbook only if it holds xl/ (xlsx) or an ODS mimetype; needs the whole file to tell
  | { kind: 'binary'; label: string };

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** Signatures of binary formats offices send by mistake (file(1) magic numbers). */
const SIGNATURES: readonly { sig: readonly number[]; at?: number; label: string }[] = [
  { sig: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], label: 'PNG 图片 / PNG image' },
  { sig: [0xff, 0xd8, 0xff], label: 'JPEG 图片 / JPEG image' },
  { sig: [0x47, 0x49, 0x46, 0x38], label: 'GIF 图片 / GIF image' },
  { sig: [0x42, 0x4d], label: '' }, // BMP is checked with its header below
  { sig: [0x25, 0x50, 0x44, 0x46, 0x2d], label: 'PDF 文档 / PDF document' },
  { sig: [0x1f, 0x8b], label: 'gzip 压缩包 / gzip archive' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], label: '7z 压缩包 / 7z archive' },
  { sig: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], label: 'RAR 压缩包 / RAR archive' },
  { sig: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], label: 'xz 压缩包 / xz archive' },
  { sig: [0x42, 0x5a, 0x68], label: '' }, // bzip2: checked with its block magic below
  { sig: [0x28, 0xb5, 0x2f, 0xfd], label: 'zstd 压缩包 / zstd archive' },
  { sig: [0x7f, 0x45, 0x4c, 0x46], label: '可执行文件 / ELF executable' },
  { sig: [0x4d, 0x5a], label: '' }, // MZ: checked below
  { sig: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], label: 'SQLite 数据库 / SQLite database' },
  { sig: [0x50, 0x41, 0x52, 0x31], label: 'Parquet 文件 / Parquet file' },
];

/**
 * Tells a workbook or a binary file from text by its magic bytes (the first bytes of
 * the input, at least 8 when the input has them): zip `PK\x03\x04` (an `.xlsx`, or
 * another zip), OLE `D0 CF 11 E0 A1 B1 1A E1` (legacy `.xls`), PNG, JPEG, GIF, PDF,
 * gzip, 7z, RAR, xz, bzip2, zstd, executables, SQLite, Parquet; and any NUL byte in
 * the first 4 KiB of a file with no UTF-16 BOM or UTF-16 shape (text tables have none).
 *
 * @returns `text`, a `workbook` with its format, a `zip` (a workbook or not: told with the whole file), or `binary` with a label naming what it is.
 * @example detectContainer(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])) // { kind: 'binary', label: 'PNG 图片 / PNG image' }
 */
export function detectContainer(head: Uint8Array): Container {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'workbook', format: 'xls' };
  for (const { sig, at, label } of SIGNATURES) {
    if (!startsWith(head, sig, at)) continue;
    if (label) return { kind: 'binary', label };
    if (sig[0] === 0x42 && sig[1] === 0x5a && startsWith(head, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], 4)) return { kind: 'binary', label: 'bzip2 压缩包 / bzip2 archive' };
    if (sig[0] === 0x42 && sig[1] === 0x4d && head.length >= 14 && head[6] === 0 && head[7] === 0 && head[8] === 0 && head[9] === 0) return { kind: 'binary', label: 'BMP 图片 / BMP image' };
    if (sig[0] === 0x4d && sig[1] === 0x5a && head.length >= 64 && head.includes(0)) return { kind: 'binary', label: '可执行文件 / executable' };
  }
  const bom16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!bom16 && utf16Shape(head) === undefined) {
    const n = Math.min(head.length, 4096);
    for (let i = 0; i < n; i++) if (head[i] === 0) return { kind: 'binary', label: '二进制文件 / binary data' };
  }
  return { kind: 'text' };
}

/**
 * UTF-16 without a BOM, told by its shape: in the first 4 KiB, most code units of
 * Chinese/ASCII text have a zero in the high byte for ASCII (delimiters, digits,
 * line breaks). `'utf-16le'` when ≥ 1/4 of the odd bytes are 0 and almost no even
 * byte is, `'utf-16be'` for the mirror image, else undefined.
 * @param head The first bytes of the input (4 KiB are looked at).
 * @returns The byte order, or undefined when the bytes do not look like UTF-16.
 * @example utf16Shape(new Uint8Array([0x61, 0, 0x2c, 0, 0x62, 0, 0x0a, 0])) // 'utf-16le'
 */
export function utf16Shape(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 8) return undefined;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) { if (head[i] === 0) even++; if (head[i + 1] === 0) odd++; }
  const pairs = n / 2;
  if (odd * 4 >= pairs && even * 50 <= pairs) return 'utf-16le';
  if (even * 4 >= pairs && odd * 50 <= pairs) return 'utf-16be';
  return undefined;
}

/**
 * Whether a whole zip archive is a workbook: an `.xlsx` (its central directory names
 * `xl/workbook.xml`, also `.xlsm`) or an OpenDocument spreadsheet (`mimetype` entry).
 * @param bytes The whole zip archive.
 * @returns `'xlsx'`, `'ods'`, or undefined for any other zip.
 * @example zipWorkbookFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // undefined (no workbook entry)
 */
export function zipWorkbookFormat(bytes: Uint8Array): 'xlsx' | 'ods' | undefined {
  if (indexOf(bytes, 'xl/workbook.') >= 0) return 'xlsx';
  if (indexOf(bytes, 'application/vnd.oasis.opendocument.spreadsheet') >= 0) return 'ods';
  return undefined;
}

function indexOf(bytes: Uint8Array, ascii: string): number {
  const first = ascii.charCodeAt(0), m = ascii.length;
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + m <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < m; k++) if (bytes[i + k] !== ascii.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}
