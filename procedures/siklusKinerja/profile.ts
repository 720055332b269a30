// The P7 section of a regional profile: who agrees the plan, who receives reports, who may ask for
// one at any time, where a kendala goes, how a result is reviewed and who fixes it; each with its citation.
import { Type, type Static } from '@sinclair/typebox';
import { JENIS_UNIT } from '../../domain/organisasi';
import { Citation, OfficialRole, Rule } from '../../profiles/parts';

const Actor = Type.Object({ actor: OfficialRole, citation: Citation });

/**
 * Who receive a report, each by the article that names them, and each may give feedback on it (every one the
 * text names; one listed holder once): an individual's, or a team's ketua's.
 */
const PenerimaLaporan = Type.Object({
  penerima: Type.Array(Actor, { minItems: 1 }), citation: Citation, description: Type.String(),
  /**
   * The text names them "X dan/atau Y" (banjar pasal 16, 17(1)b): a choice the assignment makes (`penerimaLaporan`:
   * `keduanya` or one receiver's role), both by default or the one `bawaan` names. Absent, they all receive it.
   */
  danAtau: Type.Optional(Type.Object({ citation: Citation, description: Type.String(), bawaan: Type.Optional(OfficialRole) })),
});

export const SiklusKinerjaProfile = Type.Object({
  citation: Citation,
  /** Who may start the work cycle of an issued assignment (the employee or their leaders). */
  starters: Type.Object({ roles: Type.Array(OfficialRole, { minItems: 1 }), citation: Citation }),
  /** The rencana kegiatan (dan anggaran): drafted by the employee (a team: the ketua), agreed by the leader. */
  rencana: Type.Object({
    draft: Rule,
    persetujuan: Actor,
    /** The plan (its target) is agreed only after a dialog kinerja is on record (pasuruan lampiran I B.2.A.1.i.i). */
    setelahDialog: Type.Optional(Rule),
    /** A change of activity changes the plan: the leader who agrees it may reopen planning too (banjar pasal 10(2)). */
    perubahan: Type.Optional(Rule),
  }),
  /**
   * The work of a Tim Kerja (a P6 case): the ketua drafts the rincian kegiatan and the role split,
   * agreed by the leader; members report to the ketua, the ketua reports the team's work upward.
   */
  tim: Type.Object({
    rincian: Rule,
    /** Who agrees the team's plan: the holder of an org role, or the penanggung jawab the team's decree names. */
    persetujuan: Type.Union([Actor, Type.Object({ kedudukan: Type.Literal('penanggungJawab'), citation: Citation })]),
    /** A team's plan is agreed only after its dialog kinerja is on record (pasuruan lampiran I B.2.A.2.i: wajib). */
    setelahDialog: Type.Optional(Rule),
    /**
     * Each member's own rencana kerja individu, beside the ketua's rincian: drafted by the member once the rincian
     * is agreed, agreed (`persetujuan`) by the ketua whose ekspektasi the member works to; pelaksanaan waits for
     * every member's plan as for the ketua's. Absent where the text sets none.
     */
    rencanaAnggota: Type.Optional(Type.Object({ citation: Citation, description: Type.String(), persetujuan: Rule })),
    laporanAnggota: Rule,
    /** Who receive the ketua's report of the team's work (banjar pasal 17(1)b "dan/atau": a choice as an individual's). */
    laporanKetua: PenerimaLaporan,
    /** The ketua's report goes up "secara berjenjang": to the team's penanggung jawab first, who passes it on to `laporanKetua.penerima`. */
    berjenjang: Type.Optional(Rule),
    /** Each member's written report to their own PPK once the work is done (bengkalis lampiran BAB II form 5). */
    laporanAkhirAnggota: Type.Optional(Rule),
    /** The team's penanggung jawab may also ask for a report at any time, of the ketua or a member. */
    permintaanPenanggungJawab: Type.Optional(Rule),
    /**
     * A kendala of a team of these lingkup reaches its penanggung jawab too, to follow up (a task in their
     * inbox); the decision stays with whom `kendala.kepada` names (bengkalis lampiran BAB I §II.C.a.2.c).
     */
    kendalaPenanggungJawab: Type.Optional(Type.Object({
      lingkup: Type.Array(Type.Union([Type.Literal('dalam-unit'), Type.Literal('lintas-unit'), Type.Literal('lintas-instansi')]), { minItems: 1 }),
      citation: Citation, description: Type.String(),
    })),
  }),
  /** Pasuruan's SKP planning steps (lampiran I B.2.A.1.i a–i; team B.2.A.2.i a–h), tracked as a checklist. */
  checklist: Type.Optional(Type.Object({
    citation: Citation,
    individu: Type.Array(Type.Object({ butir: Type.String(), uraian: Type.String() }), { minItems: 1 }),
    tim: Type.Array(Type.Object({ butir: Type.String(), uraian: Type.String() }), { minItems: 1 }),
  })),
  /**
   * Who receive an individual's report, each by the article that names them, and each may give feedback
   * on it (a text's "dan/atau": every one it names, the default; one listed holder once).
   */
  laporan: PenerimaLaporan,
  /** A report asked for at any time (sewaktu-waktu), or the rule saying the region has no such request. */
  permintaanLaporan: Type.Union([Actor, Type.Object({ tidakAda: Rule })]),
  umpanBalik: Rule,
  /** The recorded dialog kinerja (pasuruan lampiran I B.2.A.2.i); absent where the text sets none. */
  dialogKinerja: Type.Optional(Rule),
  /** A kendala with alternative recommendations: to whom it goes, and (where the text allows) to a member's own PUO. */
  kendala: Type.Object({
    kepada: OfficialRole,
    citation: Citation,
    lintasPuo: Type.Union([Type.Object({ kepada: OfficialRole, citation: Citation }), Type.Object({ tidakAda: Rule })]),
  }),
  evaluasi: Type.Object({
    /** The chain up the org tree, and when the work is done. */
    rantai: Rule,
    /** One-level units whose own head accepts the result (pati: Puskesmas, Kecamatan, Kelurahan): the chain ends there. */
    selesaiDiUnit: Type.Optional(Type.Object({ jenisUnit: Type.Array(Type.Union(JENIS_UNIT.map((j) => Type.Literal(j))), { minItems: 1 }), citation: Citation })),
    /** Who makes the fix when a reviewer returns the result: the employee (or team), or the Kepala Unit Organisasi. */
    perbaikan: Type.Object({ oleh: Type.Union([Type.Literal('pegawai'), Type.Literal('kepala-uo')]), citation: Citation, description: Type.String() }),
  }),
});
export type SiklusKinerjaProfile = Static<typeof SiklusKinerjaProfile>;
