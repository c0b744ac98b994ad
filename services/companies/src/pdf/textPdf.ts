/**
 * A plain-text PDF (A4, Helvetica, WinAnsi), enough for a document to read, print and keep: a title,
 * then lines, wrapped and paged. Written by hand so that the graph needs no PDF library.
 */

const PAGE = { width: 595, height: 842, margin: 56 };
const LEADING = 15;
const WRAP = 92;

/** Typographic characters Helvetica's WinAnsi lacks or places elsewhere, as their plain forms. */
const PLAIN: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u202f': ' ',
  '\u0153': 'oe',
  '\u0152': 'OE',
};

/** A line as a PDF string literal in WinAnsi (Latin-1 for French), escaped. */
function literal(text: string): string {
  const plain = [...text].map((c) => PLAIN[c] ?? (c.charCodeAt(0) < 256 ? c : '?')).join('');
  return `(${plain.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** Splits a paragraph into lines of at most WRAP characters, at spaces. */
export function wrap(paragraph: string, width = WRAP): string[] {
  if (paragraph.length <= width) return [paragraph];
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function textPdf(title: string, paragraphs: string[]): Buffer {
  const lines = paragraphs.flatMap((p) => wrap(p));
  const perPage = Math.floor((PAGE.height - 2 * PAGE.margin - 2 * LEADING) / LEADING);
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(lines.length, 1); i += perPage) pages.push(lines.slice(i, i + perPage));

  const objects: string[] = [];
  const add = (body: string) => objects.push(body) + 2; // ids from 3: 1 and 2 are the catalog and the page tree
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  pages.forEach((page, n) => {
    const top = PAGE.height - PAGE.margin;
    const heading = n === 0 ? `/F2 14 Tf ${literal(title)} Tj 0 -${2 * LEADING} Td ` : '';
    const body = page.map((l) => `${literal(l)} Tj 0 -${LEADING} Td`).join(' ');
    const stream = `BT ${PAGE.margin} ${top} Td ${heading}/F1 10 Tf ${body} ET`;
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
          `/Resources << /Font << /F1 ${font} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  });
  const all = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    ...objects,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  all.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The text of a PDF written by `textPdf`, line by line (tests, and anyone checking a document). */
export function pdfText(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
}
