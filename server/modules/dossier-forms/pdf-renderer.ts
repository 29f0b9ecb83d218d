import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import type { FormBlock, FormDocument, Rich } from '@core/dossier-forms';

// pdfmake 0.3 ships CommonJS without types; this is the slice of its server API we use.
type PdfMake = {
  virtualfs: { writeFileSync: (name: string, content: Buffer) => void };
  setFonts: (fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>) => void;
  setUrlAccessPolicy: (cb: (url: string) => boolean) => void;
  setLocalAccessPolicy: (cb: (path: string) => boolean) => void;
  createPdf: (doc: Record<string, unknown>) => { getBuffer: () => Promise<Buffer> };
};
type Node = Record<string, unknown> | string;

let engine: PdfMake | null = null;

/** pdfmake with Roboto from its bundled VFS (Vietnamese glyphs) and no access to URLs or local files. */
function pdfmake(): PdfMake {
  if (engine) return engine;
  const require = createRequire(import.meta.url);
  const pm = require('pdfmake') as PdfMake;
  const vfs = require('pdfmake/build/vfs_fonts.js') as Record<string, string>;
  for (const [name, b64] of Object.entries(vfs)) pm.virtualfs.writeFileSync(name, Buffer.from(b64, 'base64'));
  pm.setFonts({
    Roboto: {
      normal: 'Roboto-Regular.ttf',
      bold: 'Roboto-Medium.ttf',
      italics: 'Roboto-Italic.ttf',
      bolditalics: 'Roboto-MediumItalic.ttf',
    },
  });
  // Documents carry only data: URLs; nothing may be fetched or read from disk while rendering.
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy(() => false);
  engine = pm;
  return pm;
}

const rich = (parts: Rich[]) => parts.map((p) => ({ text: p.text, bold: p.bold ?? false, italics: p.italics ?? false }));

function block(bl: FormBlock): Node {
  switch (bl.kind) {
    case 'paragraph':
      return { text: rich(bl.parts), alignment: bl.align ?? 'justify', margin: [0, 2, 0, 2], leadingIndent: bl.indent ? 18 : 0 };
    case 'fields':
      return {
        table: { widths: [150, '*'], body: bl.rows.map(([k, v]) => [{ text: k }, { text: v, bold: true }]) },
        layout: 'noBorders',
        margin: [0, 2, 0, 4],
      };
    case 'list':
      return { ol: bl.items.map((i) => ({ text: i })), margin: [18, 2, 0, 4] };
    case 'table':
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: bl.widths,
          body: [
            bl.headers.map((h) => ({ text: h, bold: true, alignment: 'center', fillColor: '#eeeeee' })),
            ...(bl.rows.length ? bl.rows : [bl.headers.map((_, i) => (i === 1 ? 'Không có dữ liệu' : ''))]).map((r) =>
              r.map((c, i) => ({ text: c, alignment: bl.align?.[i] ?? 'left' })),
            ),
          ],
        },
        fontSize: bl.fontSize ?? 11,
        margin: [0, 4, 0, 6],
      };
  }
}

function heading(doc: FormDocument, qr: string | null): Node {
  const left: Node[] = [
    ...(doc.issuer.parentName ? [{ text: doc.issuer.parentName.toUpperCase() }] : []),
    { text: doc.issuer.name.toUpperCase(), bold: true, decoration: 'underline' },
    { text: `Số: ${doc.number}`, margin: [0, 4, 0, 0] },
  ];
  // The QR code sits under the number, where counters print the dossier's barcode, so it never spills to a new page.
  if (qr)
    left.push(
      { image: qr, width: 52, alignment: 'center', margin: [0, 3, 0, 0] },
      { text: 'Quét mã để tra cứu hồ sơ', fontSize: 7, italics: true },
    );
  const right = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, decoration: 'underline', fontSize: doc.orientation === 'landscape' ? 11 : 12 },
    { text: doc.placeDate, italics: true, margin: [0, 6, 0, 0] },
  ];
  const leftWidth = doc.orientation === 'landscape' ? 300 : 200;
  return {
    columns: [
      { width: leftWidth, stack: left, alignment: 'center', fontSize: 11 },
      { width: '*', stack: right, alignment: 'center', fontSize: 11 },
    ],
    columnGap: 10,
  };
}

function signatures(doc: FormDocument): Node[] {
  if (!doc.signatures.length) return [];
  const cols = doc.signatures.map((s) => ({
    width: '*',
    alignment: 'center',
    stack: [
      { text: s.title, bold: true },
      { text: s.hint, italics: true, fontSize: 10 },
      { text: ' ', margin: [0, 28, 0, 0] },
      { text: s.name ?? '', bold: true },
    ],
  }));
  // A single signer signs on the right, as on administrative documents.
  return [{ columns: cols.length === 1 ? [{ width: '*', text: '' }, ...cols] : cols, margin: [0, 8, 0, 0], unbreakable: true } as Node];
}

function footer(doc: FormDocument) {
  return (page: number, count: number): Node => {
    const parts: string[] = [];
    if (doc.qrUrl) parts.push(`Tra cứu hồ sơ: ${doc.qrUrl}`);
    if (count > 1) parts.push(`Trang ${page}/${count}`);
    return { text: parts.join('   ·   '), alignment: 'center', fontSize: 8, color: '#444444', margin: [40, 24, 40, 0] };
  };
}

/** The pdfmake document definition of a form (exported for inspection in tests). */
export async function toDocDefinition(doc: FormDocument): Promise<Record<string, unknown>> {
  const landscape = doc.orientation === 'landscape';
  const qr = doc.qrUrl ? await QRCode.toDataURL(doc.qrUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 }) : null;
  return {
    pageSize: 'A4',
    pageOrientation: doc.orientation,
    // NĐ 30/2020/NĐ-CP, Phụ lục I: margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm (1 mm ≈ 2.835 pt).
    pageMargins: landscape ? [57, 57, 45, 57] : [85, 57, 45, 57],
    info: { title: doc.title, creator: 'CCHC', producer: 'CCHC' },
    defaultStyle: { font: 'Roboto', fontSize: 11.5, lineHeight: 1.1 },
    footer: footer(doc),
    content: [
      // The form's number and source under the dossier's rule set, top right as on the annexed forms (docs/DOMAIN.md §10.3).
      ...(doc.formRef ? [{ text: doc.formRef, alignment: 'right', italics: true, fontSize: 8.5, margin: [0, 0, 0, 4] }] : []),
      heading(doc, qr),
      { text: doc.title, bold: true, fontSize: 14, alignment: 'center', margin: [0, 12, 0, 2] },
      ...(doc.subtitle
        ? [{ text: doc.subtitle, alignment: 'center', italics: true, margin: [0, 0, 0, 10] }]
        : [{ text: '', margin: [0, 0, 0, 8] }]),
      ...doc.blocks.map(block),
      ...signatures(doc),
    ],
  };
}

/** Renders a form document to PDF bytes. */
export async function renderPdf(doc: FormDocument): Promise<Buffer> {
  return pdfmake()
    .createPdf(await toDocDefinition(doc))
    .getBuffer();
}
