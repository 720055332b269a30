// Renders an issued document (Surat Tugas, Keputusan, a letter to the employee or a form) as an A4 letter in the usual shape of
// Indonesian naskah dinas: kop, title and number, two-column body, signature block, tembusan.
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { jabatanTandaTangan, namaPenandatangan, tanggal, titikKoma, type DocumentData, type Kontak, type Person } from '../domain/dokumen';
import type { Lampiran } from '../domain/kasus';

export interface RenderOptions {
  /** Defaults to pdfkit's default (compressed); tests turn it off to read the text back. */
  compress?: boolean;
  /**
   * The issued file's public verification page: its QR code and short URL stand beside the
   * signature, so anyone holding the letter can check it.
   */
  verifikasi?: { url: string };
}

const CM = 72 / 2.54;
const MARGIN = 2.5 * CM; // left and right
const MARGIN_Y = 2 * CM; // top and bottom: a usual Surat Tugas keeps its tembusan on the first page
const REGULAR = 'Times-Roman';
const BOLD = 'Times-Bold';
const BODY_SIZE = 12;
const LABEL_WIDTH = 3 * CM; // Menimbang / Dasar / KESATU column
const FIELD_WIDTH = 2.8 * CM; // Nama / NIP / Pangkat/Gol. column inside a Kepada entry
const MARKER_WIDTH = 0.7 * CM; // "1." / "a." column
const COLON_WIDTH = 0.4 * CM;
const SIGNATURE_SPACE = 2.5 * CM;
const FORM_LABEL_WIDTH = 3.1 * CM; // Nama / NIP / Perangkat Daerah column of a form's party
const TABLE_SIZE = 9;
const QR_SIZE = 2.4 * CM;
const LAMBANG_SIZE = 2.2 * CM;
/** The regions' lambang files (RegionalProfile.lambang), beside this module in the build too. */
export const LAMBANG_DIR = join(__dirname, 'lambang');

/** The kop's address block: the alamat with telepon and kode pos, then laman and surel. */
export function alamatKop(alamat: string | undefined, k: Kontak = {}): string[] {
  const baris1 = [alamat, k.telepon && `Telepon ${k.telepon}`, k.kodePos && `Kode Pos ${k.kodePos}`].filter(Boolean).join(', ');
  const baris2 = [k.laman && `Laman ${k.laman}`, k.surel && `Surel ${k.surel}`].filter(Boolean).join(', ');
  return [baris1, baris2].filter(Boolean);
}

/** The stretch of the line (left edge and width) that text is laid into. */
interface Column {
  x: number;
  width: number;
}

type Align = 'justify' | 'left';

const ANGKA = ['SATU', 'DUA', 'TIGA', 'EMPAT', 'LIMA', 'ENAM', 'TUJUH', 'DELAPAN', 'SEMBILAN'];
/** Diktum labels: KESATU, KEDUA, … KESEPULUH, KESEBELAS, KEDUA BELAS, … */
function diktumLabel(n: number): string {
  if (n < 10) return `KE${ANGKA[n - 1]}`;
  if (n === 10) return 'KESEPULUH';
  if (n === 11) return 'KESEBELAS';
  if (n < 20) return `KE${ANGKA[n - 11]} BELAS`;
  return `KE-${n}`;
}

const numberMarker = (i: number) => `${i + 1}.`;
const letterMarker = (i: number) => `${String.fromCharCode(97 + i)}.`;

class Letter {
  readonly content: Column;

  constructor(readonly pdf: PDFKit.PDFDocument, readonly verifikasi?: { url: string }) {
    this.content = { x: MARGIN, width: pdf.page.width - 2 * MARGIN };
  }

  /** Starts a new page when fewer than `height` points are left, so a block is not split. */
  keep(height: number) {
    const { pdf } = this;
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  }

  gap(lines = 0.5) {
    this.pdf.moveDown(lines);
  }

  centered(text: string, options: { bold?: boolean; underline?: boolean; size?: number; fit?: boolean; col?: Column } = {}) {
    const { pdf } = this;
    const content = options.col ?? this.content;
    const size = options.size ?? BODY_SIZE;
    pdf.font(options.bold ? BOLD : REGULAR).fontSize(size);
    // A kop line reads best on one line: shrink a long name (down to body size) before letting it wrap.
    const overflow = pdf.widthOfString(text) / content.width;
    if (options.fit && overflow > 1) pdf.fontSize(Math.max(BODY_SIZE, Math.floor((10 * size) / overflow) / 10));
    pdf.text(text, content.x, pdf.y, { width: content.width, align: 'center', underline: options.underline });
    pdf.font(REGULAR).fontSize(BODY_SIZE);
  }

  paragraph(text: string, col: Column = this.content, align: Align = 'justify') {
    this.pdf.text(text, col.x, this.pdf.y, { width: col.width, align });
  }

  /**
   * `label : body`, with the body indented past the colon so its wrapped lines stay aligned.
   * The body draws into the column it is given and may itself contain rows.
   */
  row(label: string, col: Column, labelWidth: number, body: (col: Column) => void, separator = ':') {
    const { pdf } = this;
    this.keep(pdf.currentLineHeight(true));
    const top = pdf.y;
    const page = pdf.page;
    pdf.text(label, col.x, top, { width: labelWidth });
    const labelBottom = pdf.y;
    if (separator) pdf.text(separator, col.x + labelWidth, top, { lineBreak: false });
    pdf.y = top;
    const indent = labelWidth + (separator ? COLON_WIDTH : 0);
    body({ x: col.x + indent, width: col.width - indent });
    // A label longer than its body (rare) must not be overwritten by what follows.
    if (pdf.page === page) pdf.y = Math.max(pdf.y, labelBottom);
  }

  /** A list whose items wrap under their own text, not under the marker. */
  list(items: string[], col: Column, marker = numberMarker, align: Align = 'justify') {
    items.forEach((item, i) => this.row(marker(i), col, MARKER_WIDTH, (c) => this.paragraph(item, c, align), ''));
  }

  /** A section such as "Dasar : 1. …; 2. …;", each item closed with ";". */
  section(label: string, items: string[], marker = numberMarker) {
    this.row(label, this.content, LABEL_WIDTH, (c) => this.list(titikKoma(items), c, marker));
    this.gap();
  }

  /** The kop: the lambang at the left, the government, the Perangkat Daerah and its address block centred beside it. */
  kop(doc: DocumentData) {
    const { pdf, content } = this;
    const top = pdf.y;
    // Beside a lambang the lines keep clear of it on both sides, so they stay centred on the page.
    const inset = doc.lambang ? LAMBANG_SIZE + 0.3 * CM : 0;
    const col = { x: content.x + inset, width: content.width - 2 * inset };
    if (doc.lambang) pdf.image(join(LAMBANG_DIR, doc.lambang), content.x, top, { fit: [LAMBANG_SIZE, LAMBANG_SIZE] });
    this.centered(doc.pemerintah, { bold: true, size: 14, col });
    if (doc.instansi) this.centered(doc.instansi.toUpperCase(), { bold: true, size: 16, fit: true, col });
    for (const line of alamatKop(doc.alamat, doc.kontak)) this.centered(line, { size: 9, col });
    // The customary double rule under the kop (thick line, then thin line), below the lambang too.
    const y = Math.max(pdf.y, doc.lambang ? top + LAMBANG_SIZE : 0) + 4;
    const right = content.x + content.width;
    pdf.save();
    pdf.lineWidth(2.5).moveTo(content.x, y).lineTo(right, y).stroke();
    pdf.lineWidth(0.75).moveTo(content.x, y + 4).lineTo(right, y + 4).stroke();
    pdf.restore();
    pdf.y = y + 4;
    this.gap();
  }

  suratTugas(doc: DocumentData) {
    this.centered(doc.title, { bold: true, underline: true });
    this.centered(`NOMOR : ${doc.nomor}`);
    this.gap();
    this.section('Dasar', doc.dasar ?? []);
    this.centered('MEMERINTAHKAN:', { bold: true });
    this.gap();
    this.row('Kepada', this.content, LABEL_WIDTH, (c) =>
      (doc.kepada ?? []).forEach((person, i) => this.row(numberMarker(i), c, MARKER_WIDTH, (f) => this.person(person, f), '')),
    );
    this.gap();
    this.section('Untuk', doc.untuk ?? []);
  }

  /** A letter (surat dinas) to the employee: Nomor, Sifat, Hal, the addressee, the opening and its points. */
  surat(doc: DocumentData) {
    for (const [label, value] of [['Nomor', doc.nomor], ['Sifat', 'Biasa'], ['Hal', doc.hal ?? '']])
      this.row(label, this.content, LABEL_WIDTH, (c) => this.paragraph(value, c, 'left'));
    this.gap();
    // To a person (the employee): name and jabatan; to an office (another agency's Pejabat yang Berwenang): the office.
    if (doc.yth) this.paragraph(`Yth. ${'nama' in doc.yth ? `${doc.yth.nama}\n` : ''}${doc.yth.jabatan}\ndi\n${'di' in doc.yth ? doc.yth.di : 'Tempat'}`, this.content, 'left');
    this.gap();
    if (doc.pembuka) this.paragraph(doc.pembuka);
    this.gap(0.3);
    this.list(doc.butir ?? [], this.content);
  }

  /**
   * A personal letter (bengkalis BAB II form 1), under no kop and with no number: place and date, Lampiran
   * and Hal, to whom, who writes, what is asked.
   */
  permohonan(doc: DocumentData) {
    const { pdf, content } = this;
    const r = doc.permohonan!;
    pdf.text(`${doc.tempat}, ${tanggal(doc.issuedAt, doc.zonaWaktu)}`, content.x, pdf.y, { width: content.width, align: 'right' });
    this.gap();
    for (const [label, value] of [['Lampiran', r.lampiran], ['Hal', doc.hal ?? '']])
      this.row(label, content, LABEL_WIDTH, (c) => this.paragraph(value, c, 'left'));
    this.gap();
    this.paragraph(['Yth. ' + r.yth[0], ...r.yth.slice(1), 'di', 'Tempat'].join('\n'), content, 'left');
    this.gap();
    this.paragraph('Saya yang bertandatangan di bawah ini:', content, 'left');
    for (const [label, value] of r.identitas) this.row(label, content, LABEL_WIDTH, (c) => this.paragraph(value, c, 'left'));
    this.gap();
    for (const p of r.isi) {
      this.paragraph(p);
      this.gap(0.3);
    }
  }

  /** Form 1's two signatures side by side: the atasan langsung under "Mengetahui" on the left, the employee as Pemohon on the right. */
  tandaTanganPermohonan(doc: DocumentData) {
    const { pdf, content } = this;
    const pemohon = doc.penandatangan as Person;
    const { mengetahui } = doc.permohonan!;
    const lineHeight = pdf.currentLineHeight(true);
    this.keep(2 * lineHeight + SIGNATURE_SPACE + 4 * lineHeight + (this.verifikasi ? QR_SIZE + 3 * lineHeight : 0));
    this.gap();
    const top = pdf.y;
    const cols = [
      { x: content.x, width: 0.45 * content.width, heading: 'Mengetahui\nAtasan Langsung,', p: mengetahui },
      { x: content.x + 0.55 * content.width, width: 0.45 * content.width, heading: '\nPemohon,', p: pemohon },
    ];
    let bottom = top;
    for (const col of cols) {
      const options = { width: col.width };
      pdf.text(col.heading, col.x, top, options);
      pdf.y += SIGNATURE_SPACE;
      pdf.font(BOLD).text(col.p.nama, col.x, pdf.y, { ...options, underline: true });
      pdf.font(REGULAR).text(`NIP. ${col.p.nip}`, col.x, pdf.y, options);
      bottom = Math.max(bottom, pdf.y);
    }
    pdf.y = bottom;
    // The verification code below both, where a letter with one signature has it beside it.
    if (this.verifikasi) {
      this.gap();
      const at = pdf.y;
      this.qrBlock(this.verifikasi.url, at);
      pdf.y = at + QR_SIZE + 3 * lineHeight;
    }
  }

  /** A form of the lampiran (bengkalis BAB II form 7): its title, the parties side by side, a ruled table, notes. */
  formulir(doc: DocumentData) {
    const { pdf, content } = this;
    const f = doc.formulir!;
    this.centered(doc.title, { bold: true });
    if (f.subjudul) this.centered(f.subjudul, { bold: true });
    this.gap();
    // The parties side by side, each line level with its neighbour; what follows starts below the longest.
    const width = content.width / f.identitas.length;
    const cols = f.identitas.map((_, i) => ({ x: content.x + i * width, width: width - 0.3 * CM }));
    const level = (draw: (i: number) => void) => {
      const top = pdf.y;
      let bottom = top;
      cols.forEach((_, i) => {
        pdf.y = top;
        draw(i);
        bottom = Math.max(bottom, pdf.y);
      });
      pdf.y = bottom;
    };
    pdf.font(BOLD);
    level((i) => pdf.text(f.identitas[i].judul, cols[i].x, pdf.y, { width: cols[i].width }));
    pdf.font(REGULAR);
    // Row by row, as form 7 sets Nama beside Nama, NIP beside NIP.
    const rows = Math.max(...f.identitas.map((p) => p.baris.length));
    for (let j = 0; j < rows; j++)
      level((i) => {
        const field = f.identitas[i].baris[j];
        if (field) this.row(field[0], cols[i], FORM_LABEL_WIDTH, (c) => this.paragraph(field[1], c, 'left'));
      });
    this.gap();
    this.table(f.tabel.kolom, f.tabel.baris);
    if (f.catatan.length) {
      this.gap();
      this.list(f.catatan, content, numberMarker, 'left');
    }
  }

  /** A table ruled on every cell; the first column and the header are narrow and bold respectively. */
  table(kolom: string[], baris: string[][]) {
    const { pdf, content } = this;
    const first = 1.2 * CM;
    const rest = (content.width - first) / (kolom.length - 1);
    const widths = kolom.map((_, i) => (i === 0 ? first : rest));
    this.grid(kolom, baris, widths, { pad: 4, line: 0.75 });
    pdf.font(REGULAR);
  }

  /** Rows of ruled cells, the header bold and centred; a row that does not fit starts a new page. */
  grid(kolom: string[], baris: string[][], widths: number[], o: { pad: number; line: number }) {
    const { pdf, content } = this;
    const { pad } = o;
    const row = (cells: string[], bold: boolean) => {
      pdf.font(bold ? BOLD : REGULAR);
      const height = Math.max(...cells.map((c, i) => pdf.heightOfString(c, { width: widths[i] - 2 * pad }))) + 2 * pad;
      this.keep(height);
      const top = pdf.y;
      let x = content.x;
      cells.forEach((c, i) => {
        pdf.rect(x, top, widths[i], height).lineWidth(o.line).stroke();
        pdf.text(c, x + pad, top + pad, { width: widths[i] - 2 * pad, align: bold ? 'center' : 'left' });
        x += widths[i];
      });
      pdf.y = top + height;
    };
    row(kolom, true);
    for (const r of baris) row(r, false);
  }

  person(p: Person, col: Column) {
    const fields: [string, string][] = [['Nama', p.nama], ['NIP', p.nip], ['Pangkat/Gol.', p.pangkat], ['Jabatan', p.jabatan]];
    for (const [label, value] of fields) this.row(label, col, FIELD_WIDTH, (c) => this.paragraph(value, c));
  }

  keputusan(doc: DocumentData) {
    const tentang = (doc.tentang ?? '').toUpperCase();
    this.centered(doc.title, { bold: true });
    this.centered(`NOMOR ${doc.nomor}`, { bold: true });
    this.gap();
    this.centered('TENTANG', { bold: true });
    this.gap();
    this.centered(tentang, { bold: true });
    this.gap();
    // Whoever decides does so in their office's name before the Menimbang (banjar lampiran IV.A, bengkalis BAB II
    // angka 6: "BUPATI BANJAR,"), as the signature block writes it.
    this.centered(jabatanTandaTangan(doc.penandatangan, doc.formulir?.selaku).at(-1)!, { bold: true });
    this.gap();
    this.section('Menimbang', doc.menimbang ?? [], letterMarker);
    this.section('Mengingat', doc.mengingat ?? []);
    this.centered('MEMUTUSKAN:', { bold: true });
    this.gap();
    this.row('Menetapkan', this.content, LABEL_WIDTH, (c) => this.paragraph(`${doc.title} TENTANG ${tentang}.`, c, 'left'));
    this.gap();
    const diktum = doc.diktum ?? [];
    diktum.forEach((text, i) => {
      if (i === diktum.length - 1 && !doc.penutup) this.keepWithSignature(doc, text, LABEL_WIDTH + COLON_WIDTH);
      this.row(diktumLabel(i + 1), this.content, LABEL_WIDTH, (c) => this.paragraph(text, c));
      this.gap(0.3);
    });
  }

  /** Where the signature block goes, what it says above the signature, and how tall it is. */
  signatureBlock(doc: DocumentData) {
    const { pdf, content } = this;
    // The right half, widened a little so a jabatan such as "SEKRETARIS DAERAH KABUPATEN BANJAR," fits one line.
    const col = { x: content.x + 0.45 * content.width, width: 0.55 * content.width };
    const place =
      doc.diktum
        ? [`Ditetapkan di ${doc.tempat}`, `pada tanggal ${tanggal(doc.issuedAt, doc.zonaWaktu)}`]
        : [`${doc.tempat}, ${tanggal(doc.issuedAt, doc.zonaWaktu)}`];
    const heading = [...place, ...jabatanTandaTangan(doc.penandatangan, doc.formulir?.selaku)].join('\n');
    // As drawn (signature()): the gap, the heading, the space to sign, the name in bold, pangkat and NIP; a line of
    // text takes its height and the line gap, so a block that fits is never split with its NIP on the next page.
    const options = { width: col.width };
    const lineHeight = pdf.currentLineHeight(true);
    const line = pdf.heightOfString('X', options);
    const { nama, pangkat, nip } = namaPenandatangan(doc);
    const namaHeight = nama ? pdf.font(BOLD).heightOfString(nama, options) : 0;
    pdf.font(REGULAR);
    const below = [pangkat, nip].filter(Boolean).length * line;
    const height = lineHeight / 2 + (line - lineHeight) + pdf.heightOfString(heading, options) + SIGNATURE_SPACE + namaHeight + below;
    return { col, heading, height };
  }

  /**
   * A signature must not stand alone at the top of a page, so the closing text (drawn indented by
   * `indent`) moves to the next page with it when both do not fit.
   */
  keepWithSignature(doc: DocumentData, text: string, indent = 0) {
    const width = this.content.width - indent;
    this.keep(this.pdf.heightOfString(text, { width, align: 'justify' }) + this.signatureBlock(doc).height);
  }

  signature(doc: DocumentData) {
    const { pdf } = this;
    const { col, heading, height } = this.signatureBlock(doc);
    const options = { width: col.width };
    this.keep(height);
    this.gap();
    if (this.verifikasi) this.qrBlock(this.verifikasi.url, pdf.y);
    pdf.text(heading, col.x, pdf.y, options);
    pdf.y += SIGNATURE_SPACE;
    const { nama, pangkat, nip } = namaPenandatangan(doc);
    if (nama) pdf.font(BOLD).text(nama, col.x, pdf.y, { ...options, underline: true });
    pdf.font(REGULAR);
    for (const line of [pangkat, nip]) if (line) pdf.text(line, col.x, pdf.y, options);
  }

  /**
   * Left of the signature: the QR code of the verification page (drawn as vector modules, sharp at
   * any scale), the URL in words under it, and what it is for.
   */
  qrBlock(url: string, top: number) {
    const { pdf, content } = this;
    const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const cell = QR_SIZE / n;
    pdf.save().fillColor('#000000');
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) pdf.rect(content.x + c * cell, top + r * cell, cell, cell);
    pdf.fill().restore();
    const width = 0.42 * content.width;
    pdf.font(REGULAR).fontSize(7);
    pdf.text('Ditandatangani secara elektronik. Periksa keaslian dokumen ini dengan memindai kode QR atau membuka:', content.x, top + QR_SIZE + 3, { width });
    pdf.font(BOLD).text(url, content.x, pdf.y, { width });
    pdf.font(REGULAR).fontSize(BODY_SIZE);
    pdf.y = top;
  }

  /** Who receives a copy: a Keputusan's "Salinan … disampaikan kepada", a letter's tembusan. */
  tembusan(doc: DocumentData) {
    const { pdf, content } = this;
    this.gap(1.5);
    this.keep(2 * pdf.currentLineHeight(true));
    const heading = doc.diktum ? 'Salinan Keputusan ini disampaikan kepada Yth.:' : 'Tembusan:';
    pdf.text(heading, content.x, pdf.y, { width: content.width });
    const items = doc.tembusan;
    this.list(items, content, numberMarker, 'left');
  }

  /**
   * The lampiran on a new page: whose lampiran it is (title, number, tentang) at the right, its
   * heading, then the table, each column as wide as its longest word needs and the rest shared.
   */
  lampiran(doc: DocumentData, l: Lampiran) {
    const { pdf, content } = this;
    pdf.addPage();
    const col = { x: content.x + 0.45 * content.width, width: 0.55 * content.width };
    const head = [`LAMPIRAN ${doc.title}`, `NOMOR ${doc.nomor}`, ...(doc.tentang ? [`TENTANG ${doc.tentang.toUpperCase()}`] : [])];
    pdf.fontSize(10);
    for (const line of head) pdf.text(line, col.x, pdf.y, { width: col.width });
    this.gap();
    pdf.fontSize(BODY_SIZE);
    for (const line of l.judul) this.centered(line, { bold: true });
    this.gap();
    pdf.fontSize(TABLE_SIZE);
    const pad = 3;
    // Each column needs its longest word (and its title's); what is left goes by how much text it holds.
    const widest = (texts: string[], font: string) => Math.max(...texts.flatMap((t) => t.split(/\s+/)).map((w) => pdf.font(font).widthOfString(w)));
    const need = l.kolom.map((k, i) => Math.max(widest([k], BOLD), widest(l.baris.map((r) => r[i] ?? ''), REGULAR)) + 2 * pad + 1);
    const text = l.kolom.map((k, i) => Math.max(k.length, ...l.baris.map((r) => (r[i] ?? '').length)));
    const spare = Math.max(0, content.width - need.reduce((a, b) => a + b, 0));
    const total = text.reduce((a, b) => a + b, 0);
    const widths = need.map((n, i) => n + (spare * text[i]) / total);
    this.grid(l.kolom, l.baris, widths, { pad, line: 0.5 });
    pdf.font(REGULAR).fontSize(BODY_SIZE);
  }

  /** The number of every page after the first, centred in the top margin ("- 2 -"), once the body is laid out. */
  pageNumbers() {
    const { pdf, content } = this;
    const { start, count } = pdf.bufferedPageRange();
    for (let i = start + 1; i < start + count; i++) {
      pdf.switchToPage(i);
      pdf.font(REGULAR).fontSize(BODY_SIZE);
      pdf.text(`- ${i - start + 1} -`, content.x, MARGIN_Y / 2, { width: content.width, align: 'center', lineBreak: false });
    }
  }
}

export async function renderPdf(doc: DocumentData, options: RenderOptions = {}): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN_Y, bottom: MARGIN_Y, left: MARGIN, right: MARGIN },
    compress: options.compress,
    // The letter's font from the start: pdfkit otherwise first loads Helvetica (its metrics and kerning table), which no letter uses.
    font: REGULAR,
    // Pages stay in memory so the footer can be added to each one at the end.
    bufferPages: true,
    // pdfkit derives the trailer /ID from this info, so fixed dates make the output reproducible.
    info: {
      Title: `${doc.title} ${doc.nomor}`,
      Author: doc.penandatangan.nama ?? doc.penandatangan.jabatan,
      CreationDate: new Date(doc.issuedAt),
      ModDate: new Date(doc.issuedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font(REGULAR).fontSize(BODY_SIZE).lineGap(2);
  const letter = new Letter(pdf, options.verifikasi);
  // A personal letter (bengkalis BAB II form 1) is the employee's own: no kop.
  if (!doc.permohonan) letter.kop(doc);
  if (doc.diktum) letter.keputusan(doc);
  else if (doc.formulir) letter.formulir(doc);
  else if (doc.permohonan) letter.permohonan(doc);
  else if (doc.hal) letter.surat(doc);
  else letter.suratTugas(doc);
  if (doc.penutup) {
    letter.gap();
    if (!doc.permohonan) letter.keepWithSignature(doc, doc.penutup);
    letter.paragraph(doc.penutup);
  }
  if (doc.permohonan) letter.tandaTanganPermohonan(doc);
  else letter.signature(doc);
  if (doc.tembusan.length) letter.tembusan(doc);
  if (doc.lampiran) {
    letter.lampiran(doc, doc.lampiran);
    letter.signature(doc);
  }
  letter.pageNumbers();
  pdf.end();
  return done;
}
