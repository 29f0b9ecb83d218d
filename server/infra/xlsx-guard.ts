import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';

// Bounded imports (issue #16 point 5): a 0.7 MB .xlsx whose parts inflate to gigabytes held the event loop 95 s and took
// 3.4 GB. Before exceljs expands a workbook, its zip central directory is read here: the number of parts and their
// declared sizes are checked, then every part is inflated off the main thread (zlib's thread pool) with an output cap of
// its declared size, so a part that lies about its size is caught after at most that many bytes; the worksheets' rows and
// cells are counted in the inflated XML. Only what passes reaches exceljs.

const inflate = promisify(inflateRaw);

/** What one workbook may hold. */
export type XlsxLimits = { maxUnpackedBytes: number; maxParts: number; maxRowsPerSheet: number; maxCellsPerSheet: number };

/** Why a workbook is refused: unreadable as a zip, or over a limit (named, with the value found). */
export type XlsxCheck =
  { ok: true } | { ok: false; reason: 'unreadable' } | { ok: false; reason: 'too_large'; limit: keyof XlsxLimits; found: number };

type Part = { name: string; method: number; compressed: number; size: number; localOffset: number };

/** The parts listed in the zip's central directory, or null when it is not a zip this reader takes (no zip64, no encryption). */
function centralDirectory(zip: Buffer): Part[] | null {
  const from = Math.max(0, zip.length - 65_557);
  let eocd = -1;
  for (let i = zip.length - 22; i >= from; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const parts: Part[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) return null;
    const flags = zip.readUInt16LE(at + 8);
    const nameLength = zip.readUInt16LE(at + 28);
    const part = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    };
    if (flags & 1 || part.compressed === 0xffffffff || part.size === 0xffffffff) return null;
    parts.push(part);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

/** A part's bytes, inflated with its declared size as the cap; null when it cannot be read or inflates past its size. */
async function partContent(zip: Buffer, p: Part): Promise<Buffer | null> {
  const at = p.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + p.compressed);
  if (data.length !== p.compressed) return null;
  if (p.method === 0) return data.length === p.size ? data : null;
  if (p.method !== 8) return null;
  try {
    const out = await inflate(data, { maxOutputLength: Math.max(p.size, 1) });
    return out.length === p.size ? out : null;
  } catch {
    return null;
  }
}

/** Counts rows and cells in a worksheet's XML (elements `row` and `c`, with or without a namespace prefix). */
export function countSheet(xml: Buffer): { rows: number; cells: number } {
  const text = xml.toString('latin1');
  return { rows: text.match(/<(?:\w+:)?row[\s>/]/g)?.length ?? 0, cells: text.match(/<(?:\w+:)?c[\s>/]/g)?.length ?? 0 };
}

/** Checks a workbook against the limits before anything expands it. */
export async function checkXlsx(zip: Buffer, limits: XlsxLimits): Promise<XlsxCheck> {
  const parts = centralDirectory(zip);
  if (!parts) return { ok: false, reason: 'unreadable' };
  if (parts.length > limits.maxParts) return { ok: false, reason: 'too_large', limit: 'maxParts', found: parts.length };
  const declared = parts.reduce((s, p) => s + p.size, 0);
  if (declared > limits.maxUnpackedBytes) return { ok: false, reason: 'too_large', limit: 'maxUnpackedBytes', found: declared };
  for (const p of parts) {
    const content = await partContent(zip, p);
    if (!content) return { ok: false, reason: 'unreadable' };
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(p.name)) continue;
    const { rows, cells } = countSheet(content);
    if (rows > limits.maxRowsPerSheet) return { ok: false, reason: 'too_large', limit: 'maxRowsPerSheet', found: rows };
    if (cells > limits.maxCellsPerSheet) return { ok: false, reason: 'too_large', limit: 'maxCellsPerSheet', found: cells };
  }
  return { ok: true };
}
