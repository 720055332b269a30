// P5 Pengajuan sukarela lintas unit: the pure plan. It checks the employee's surat permohonan against
// the region's profile and the org tree and resolves both sides' officials, the letters and the
// Surat Penugasan once, at the start.
import type { RegionalProfile } from '../../profiles/schema';
import type { DocumentText, PermohonanPribadi, PlannedCase, ResolvedDocument, SuratRef } from '../../domain/kasus';
import { isStruktural, pangkatGolongan } from '../../domain/kepegawaian';
import { isWithin, perangkatDaerahOf, type OrgSnapshot, type Pegawai } from '../../domain/organisasi';
import { eligibilityProblems, officialRef } from '../../domain/penugasan';
import { ROLE_TITLE } from '../../domain/pejabat';
import { caseHeader, caseRules, dasarHukum, planKit, requestChecks, pasalHukum, suratDasar, dalamKalimat, judulDalamKalimat, withinAgency, type PlanContext } from '../../domain/rencana';
import { refuse } from '../../domain/refusal';
import { tanggal } from '../../domain/dokumen';

export const PROCEDURE = 'pengajuan-sukarela-lintas-unit' as const;

export interface PermohonanSukarela {
  /** The request letter's number and date, cited in the Dasar of what is issued. */
  surat?: SuratRef;
  unitTujuan: string;
  instansiTujuan?: string;
  kinerja: string;
  timKerja?: string;
  kompetensi: string[];
  jangkaWaktu: { mulai: string; selesai: string };
  cv?: string;
}

export interface PengajuanSukarelaLintasUnitSubject {
  permohonan: PermohonanSukarela;
  unitAsal: { kode: string; nama: string };
  unitTujuan: { kode: string; nama: string };
  tembusan: string[];
}

/** The letter a decision is answered with, on approval or refusal. */
export interface Balasan {
  step: string;
  approve?: ResolvedDocument;
  refuse?: ResolvedDocument;
}

export type PengajuanSukarelaLintasUnitInput = PlannedCase<PengajuanSukarelaLintasUnitSubject> & { balasan: Balasan[] };

/** The sender is the employee (the acting official, always loaded with their PPK and PUO). */
export const involves = (_req: PermohonanSukarela) => ({ nips: [], staffOf: [] });

export function plan(profile: RegionalProfile, org: OrgSnapshot, req: PermohonanSukarela, ctx: PlanContext): PengajuanSukarelaLintasUnitInput {
  const p5 = profile.pengajuanSukarelaLintasUnit;
  const check = requestChecks(profile, org);
  // Who asks comes first: only a JF or Pelaksana volunteers.
  const pegawai = org.pegawai[ctx.actorNip];
  if (!pegawai || isStruktural(pegawai.jenisJabatan))
    refuse({
      code: 'NOT_REQUESTER_ROLE', kind: 'forbidden', citation: p5.requester.citation,
      message: `${pegawai ? `${pegawai.nama} holds a structural position` : `${ctx.actorNip} is not in the ${profile.id} master data`}: ${p5.requester.description}`,
    });
  withinAgency(profile, org, p5.crossAgency, 'pengajuan sukarela', req, ctx.unitInstansiLain);
  check.unit('unitTujuan', req.unitTujuan);
  if (p5.cv && !req.cv?.trim())
    refuse({
      code: 'CV_REQUIRED', kind: 'invalid', citation: p5.cv.citation, message: p5.cv.description,
      fields: [{ field: 'cv', message: 'required: a reference to the curriculum vitae', citation: p5.cv.citation }],
    });
  check.period('jangkaWaktu', req.jangkaWaktu);

  const rules = caseRules(profile, { refusalReasons: p5.refusalReasons, acknowledgement: p5.acknowledgement, employeeMatch: p5.requester, standardReasons: p5.standardReasons });
  const problems = eligibilityProblems(rules, org, { unit: pegawai.unit }, pegawai);
  if (problems.length)
    refuse({
      code: 'EMPLOYEE_NOT_ELIGIBLE', kind: 'unprocessable', citation: problems[0].citation,
      message: problems.map((x) => x.message).join('; '),
    });

  const crossing = p5.crossing;
  const pdAsal = perangkatDaerahOf(org.units, pegawai.unit)!;
  const pdTujuan = perangkatDaerahOf(org.units, req.unitTujuan)!;
  const sameSide = crossing.scope === 'perangkat-daerah'
    ? pdAsal.kode === pdTujuan.kode
    : isWithin(org.units, req.unitTujuan, pegawai.unit) || isWithin(org.units, pegawai.unit, req.unitTujuan);
  if (sameSide)
    refuse({
      code: 'NOT_CROSS_UNIT', kind: 'unprocessable', citation: crossing.citation,
      message: crossing.scope === 'perangkat-daerah'
        ? `${org.units[req.unitTujuan].nama} is in your own Perangkat Daerah, ${pdAsal.nama}: volunteer there through pengajuan sukarela dalam unit (P4)`
        : `${org.units[req.unitTujuan].nama} is not another unit than your own, ${org.units[pegawai.unit].nama}: volunteer there through pengajuan sukarela dalam unit (P4)`,
      fields: [{ field: 'unitTujuan', message: 'not another unit', citation: crossing.citation }],
    });

  // The destination owns the target (the -pemilik roles); the employee's own side are the -pegawai roles.
  const kit = planKit(profile, org, { unitPemilik: req.unitTujuan, unitTujuan: req.unitTujuan, pemohon: pegawai, pegawai });
  const subject: PengajuanSukarelaLintasUnitSubject = {
    permohonan: req,
    unitAsal: { kode: pegawai.unit, nama: org.units[pegawai.unit].nama },
    unitTujuan: { kode: req.unitTujuan, nama: org.units[req.unitTujuan].nama },
    tembusan: p5.tembusanPermohonan.flatMap((t) => kit.tembusan([t], t.citation)),
  };
  const pemohon = { ...officialRef(org, pegawai), role: ROLE_TITLE.pegawai, citation: p5.requester.citation };
  const steps = kit.steps(p5.steps, () => false); // the employee is the one who asks: nobody chooses them
  // The destination's decision, the one the Surat Penugasan rests on.
  const penyetuju = steps[p5.steps.findIndex((x) => x.kind === 'keputusan' && x.actor.endsWith('-pemilik'))]?.assignee ?? steps[0].assignee;
  // Who writes the surat permohonan pribadi and who countersigns it (bengkalis BAB II form 1): the employee, and the atasan langsung of the step it answers.
  const penulis = {
    pegawai, instansi: `${pdAsal.nama} ${judulDalamKalimat(profile.pemerintah.replace(/^PEMERINTAH /, ''))}`,
    yth: [penyetuju.jabatan, judulDalamKalimat(profile.pemerintah.replace(/^PEMERINTAH /, ''))],
  };
  const write = (d: { kind: string; citation: string }, step?: string) => {
    const atasan = step ? org.pegawai[steps.find((x) => x.id === step)!.assignee.nip] : undefined;
    return isi(profile, subject, pemohon.nama, penyetuju.jabatan, req.surat ?? (ctx.today ? { tanggal: ctx.today } : undefined), d, atasan && { ...penulis, atasan: { ...officialRef(org, atasan), golongan: atasan.golongan } });
  };
  const letter = (d: (typeof p5.balasan)[number]['approve'], step: string) => d && kit.documents([d], (x) => write(x, step))[0];
  return {
    ...caseHeader(profile, ctx, { procedure: PROCEDURE, procedureCitation: p5.citation, judul: `Pengajuan sukarela ${pegawai.nama} pada ${subject.unitTujuan.nama}: ${req.kinerja}` }),
    pemohon,
    subject,
    pegawai: kit.candidate(pegawai),
    steps,
    balasan: p5.balasan.map((b) => ({ step: b.step, approve: letter(b.approve, b.step), refuse: letter(b.refuse, b.step) })),
    documents: kit.documents(p5.documents, (d) => write(d)),
    rules,
  };
}

/** What each document says: the Surat Penugasan, the Keputusan Sekretaris Daerah, the letters answering the request. */
function isi(
  profile: Pick<RegionalProfile, 'regulation'>, s: PengajuanSukarelaLintasUnitSubject, namaPemohon: string, penyetuju: string, surat: { nomor?: string; tanggal?: string } | undefined,
  d: { kind: string; citation: string }, penulis?: { pegawai: Pegawai; instansi: string; yth: string[]; atasan: PermohonanPribadi['mengetahui'] },
): DocumentText {
  const p = s.permohonan;
  const tim = p.timKerja ? `Tim Kerja ${p.timKerja}` : 'Tim Kerja';
  const periode = `${tanggal(p.jangkaWaktu.mulai, 'UTC')} sampai dengan ${tanggal(p.jangkaWaktu.selesai, 'UTC')}`; // plain dates
  const tugas = [
    `Melaksanakan kinerja pada ${s.unitTujuan.nama}${p.timKerja ? ` sebagai anggota ${tim}` : ''}: ${p.kinerja}`,
    ...(p.kompetensi.length ? [`Kompetensi yang disumbangkan: ${p.kompetensi.join(', ')}`] : []),
    `Jangka waktu penugasan: ${periode}`,
  ];
  const permohonan = `${suratDasar('surat permohonan pengajuan sukarela', namaPemohon, surat)}`;
  switch (d.kind) {
    case 'persetujuan':
      return {
        hal: 'Persetujuan Menjadi Anggota Tim Kerja',
        pembuka: `Menindaklanjuti ${permohonan}, hal Permohonan Menjadi Anggota Tim Kerja, setelah dilakukan verifikasi oleh Ketua Tim Kerja, maka dengan ini kami sampaikan hal-hal sebagai berikut:`,
        butir: [
          `Jabatan Fungsional/Pelaksana serta kualifikasi keahlian yang Saudara miliki sesuai dengan kebutuhan dalam ${tim} pada ${s.unitTujuan.nama}.`,
          'Atas rekomendasi dari Ketua Tim Kerja tersebut, kami menyetujui permohonan Saudara untuk menjadi anggota Tim Kerja dimaksud.',
          'Persetujuan ini Saudara sampaikan kepada Pimpinan Perangkat Daerah Saudara untuk penugasan.',
          'Setelah Saudara menerima Surat Keputusan dari kami, agar Saudara segera melapor kepada Ketua Tim Kerja tersebut.',
        ],
      };
    // The employee's own letter (bengkalis BAB II form 1), with the CV it encloses, countersigned by the atasan langsung.
    case 'permohonan-pribadi': {
      const { pegawai, instansi, yth, atasan } = penulis!;
      return {
        hal: 'Permohonan Menjadi Anggota Tim Kerja',
        permohonan: {
          lampiran: '1 (satu) berkas',
          yth,
          identitas: [['Nama', pegawai.nama], ['NIP', pegawai.nip], ['Pangkat/Gol.', pangkatGolongan(pegawai.golongan)], ['Jabatan', pegawai.namaJabatan], ['Instansi', instansi]],
          isi: [
            `Dengan ini mengajukan permohonan untuk menjadi anggota ${tim} pada ${s.unitTujuan.nama}, dalam pelaksanaan kinerja ${dalamKalimat(p.kinerja)}${p.kompetensi.length ? ` dengan kompetensi ${p.kompetensi.join(', ')}` : ''}, untuk jangka waktu ${periode}.`,
            `Sebagai bahan pertimbangan saya lampirkan Curriculum Vitae (CV) dan dokumen pendukung lainnya${p.cv ? ` (${p.cv.trim()})` : ''}.`,
          ],
          mengetahui: atasan,
        },
      };
    }
    case 'penolakan':
      return {
        hal: 'Penolakan Usulan Menjadi Anggota Tim Kerja',
        pembuka: `Menindaklanjuti ${permohonan}, hal Permohonan Menjadi Anggota Tim Kerja, setelah dilakukan verifikasi oleh Ketua Tim Kerja, dengan sangat menyesal kami sampaikan bahwa usulan Saudara tidak dapat disetujui, dengan alasan:`,
        butir: ['{alasan}'],
      };
    // A refusal in writing with its reasons, where the region gives no form of its own (pasuruan lampiran I B.2.B.2.e).
    case 'penolakan-permohonan':
      return {
        hal: 'Penolakan Permohonan Pengajuan Sukarela',
        pembuka: `Menindaklanjuti ${permohonan}, hal permohonan untuk dilibatkan dalam pelaksanaan kinerja ${dalamKalimat(p.kinerja)} pada ${s.unitTujuan.nama}, dengan ini kami sampaikan bahwa permohonan Saudara tidak dapat kami setujui, dengan alasan:`,
        butir: ['{alasan}'],
      };
    case 'keputusan-sekda':
      return {
        tentang: `Penugasan Pegawai Lintas Unit Organisasi pada ${s.unitTujuan.nama}`,
        menimbang: [
          `bahwa {pegawai}, mengajukan diri secara sukarela untuk terlibat dalam pelaksanaan kinerja pada ${s.unitTujuan.nama} dan permohonannya telah disetujui oleh kedua Unit Organisasi`,
          `bahwa sesuai dengan ketentuan ${pasalHukum(profile, d.citation)}, penugasan lintas Unit Organisasi ditetapkan dengan Keputusan Sekretaris Daerah`,
        ],
        mengingat: dasarHukum(profile),
        diktum: [`Menugaskan {pegawai}, pada ${s.unitTujuan.nama}.`, ...tugas.map((t) => `${t}.`), 'Keputusan ini mulai berlaku pada tanggal ditetapkan.'],
      };
    default:
      return { dasar: [...dasarHukum(profile), `${permohonan[0].toUpperCase()}${permohonan.slice(1)}, yang telah disetujui oleh ${penyetuju}`], untuk: tugas };
  }
}
