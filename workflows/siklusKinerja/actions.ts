// What may be done at any time in a work cycle, as the case's own actions (Update `act`): each one's
// rule is pure (procedures/siklusKinerja/aksi.ts) and runs as its validator; here is what it records.
import {
  aturanRevisi, checkChecklist, checkDialogKinerja, checkKendala, checkMintaLaporan, checkPersetujuanRencana, checkRencanaDisepakati, checkRevisiRencana, checkUmpanBalik,
  DIALOG_KINERJA, kendalaKepada, pejabatOf, pelaksana,
} from '../../procedures/siklusKinerja/aksi';
import { tugasKe } from '../../procedures/siklusKinerja/tugas';
import type { SiklusContext } from './context';
import { patch } from '../kernel/patches';
import { kendala, laporanSewaktu, openFromUpdate, TINDAK_LANJUT_PJ, tindakLanjut, umpanBalikSampai } from './watch';

export function registerActions(c: SiklusContext) {
  const { kasus, view: { subject: s }, peminta } = c;
  const by = (nip: string) => pejabatOf(c, nip);
  // The plan before the work: agreed after the dialog kinerja where the text wants one; no report or result while it awaits agreement.
  kasus.guard({ decide: [(d) => checkPersetujuanRencana(c, d)], complete: [(a) => checkRencanaDisepakati(c, a)] });
  kasus.actions({
    // A report at any time, of the ketua (the employee) or the member `kepada` names.
    'minta-laporan': {
      check: (a) => checkMintaLaporan(c, a),
      run: (a) => {
        s.laporan.sewaktuWaktu += 1;
        const id = tugasKe('laporan-sewaktu', s.laporan.sewaktuWaktu);
        const dari = pelaksana(c).find((o) => o.nip === (a.kepada ?? s.pegawai.nip))!;
        const notes = `laporan diminta${dari === s.pegawai ? '' : ` dari ${dari.nama}`}${a.isi ? `: ${a.isi}` : ''}`;
        kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: peminta[0].role, citation: peminta[0].citation, taskId: id, notes });
        openFromUpdate(c, laporanSewaktu(c, id, dari.nip, peminta.filter((o) => o.nip === a.actorNip), a.isi), c.input.irama.laporanDalamMs);
      },
    },
    'umpan-balik': {
      check: (a) => checkUmpanBalik(c, a),
      run: (a) => {
        kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: 'Penerima laporan', citation: c.input.umpanBalik.citation, taskId: a.taskId, notes: `umpan balik: ${a.isi}` });
        // Added after cases had been given feedback that stayed on their timeline: those replay without it.
        if (patch('umpan-balik-sampai')) return umpanBalikSampai(c, c.view.tasks.find((t) => t.id === a.taskId)!, by(a.actorNip)!, a.isi!.trim());
      },
    },
    'dialog-kinerja': {
      check: (a) => checkDialogKinerja(c, a),
      run: (a) => kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: DIALOG_KINERJA, citation: c.input.dialogKinerja!.citation, notes: `dialog kinerja: ${a.isi}` }),
    },
    // A kendala for the owning unit's PUO to decide, as a task of its own; sent to a member's own PUO too,
    // it is theirs to follow up (a task beside it), the decision staying with the owning PUO. A team's
    // penanggung jawab receives it too where the text sends it to both (bengkalis lampiran BAB I §II.C.a.2.c).
    kendala: {
      check: (a) => checkKendala(c, a),
      run: (a) => {
        s.kendala += 1;
        const id = tugasKe('kendala', s.kendala);
        const dikirim = kendalaKepada(c, a.kepada);
        // Added after cases had sent a kendala to a member's own PUO to decide: those replay as they were.
        const lintas = dikirim !== c.input.kendala.kepada && patch('kendala-pemilik-memutuskan') ? dikirim : undefined;
        const kepada = lintas ? c.input.kendala.kepada : dikirim;
        const title = `Kendala: ${a.isi!.trim()} — alternatif: ${a.alternatif!.filter((x) => x.trim()).join('; ')}`;
        // Added after team cases had raised kendala their penanggung jawab never received: those replay without it.
        const pj = c.input.kendala.penanggungJawab && patch('kendala-penanggung-jawab') ? c.input.kendala.penanggungJawab : undefined;
        const juga = [...(lintas ? [`ditindaklanjuti juga oleh ${lintas.nama}`] : []), ...(pj ? [`diterima juga oleh ${pj.nama} (${pj.role})`] : [])];
        kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: s.tim ? 'Tim Kerja' : 'Pejabat Fungsional/Pelaksana yang ditugaskan', citation: dikirim.citation, taskId: id, notes: title });
        const routing = openFromUpdate(c, kendala(c, id, kepada, juga.length ? `${title} (${juga.join('; ')})` : title), c.input.deadlines.expireAfterMs, 'ditolak');
        if (lintas) tindakLanjut(c, s.kendala, lintas, title, by(a.actorNip)!);
        if (pj) tindakLanjut(c, s.kendala, pj, title, by(a.actorNip)!, TINDAK_LANJUT_PJ);
        // To a Plt/Plh of the PUO at once: awaited before the Update writes (a case that ran before it: nothing to await).
        return routing;
      },
    },
    // A changed activity re-opens planning: the employee's revised plan goes to the leader again; reopened by
    // the leader, the employee drafts it anew with the leader's reason.
    'revisi-rencana': {
      check: (a) => checkRevisiRencana(c, a),
      run: (a) => {
        const { rencana } = c.input.langkah;
        const olehPegawai = a.actorNip === rencana.assignee.nip;
        s.rencana = olehPegawai ? { versi: s.rencana.versi + 1, isi: a.isi!.trim(), disepakati: false } : { versi: s.rencana.versi, disepakati: false };
        kasus.record({
          action: 'dicatat', actor: by(a.actorNip), role: olehPegawai ? rencana.role : c.input.langkah.persetujuan.role, citation: aturanRevisi(c).citation,
          notes: olehPegawai ? `rencana direvisi (versi ${s.rencana.versi}): ${a.isi}` : `perencanaan dibuka kembali: ${a.isi}`,
        });
      },
    },
    checklist: {
      check: (a) => checkChecklist(c, a),
      run: (a) => {
        const butir = s.checklist!.find((x) => x.butir === a.isi)!;
        butir.selesai = true;
        kasus.record({ action: 'dicatat', actor: by(a.actorNip), role: 'Perencanaan SKP', citation: c.input.langkah.rencana.citation, notes: `butir ${butir.butir} selesai: ${butir.uraian}` });
      },
    },
  });
}
