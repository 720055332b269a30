// P7's task ids, one grammar: a repeated step's tasks are <base>-<n> (rencana-1, persetujuan-rencana-2,
// laporan-3, laporan-sewaktu-1, kendala-2, hasil-1, perbaikan-1, a review level's id with -<n>), a
// member's report laporan-anggota-<ke>-<member>. Running cases carry these ids: they stay as they are.

/** The n-th task of a repeated step. */
export const tugasKe = (base: string, n: number) => `${base}-${n}`;

/** Whether `id` is a task of the repeated step `base`: a case continued as new finds the one it waited on. */
export const isKe = (base: string, id: string) => id.startsWith(`${base}-`) && /^\d+$/.test(id.slice(base.length + 1));

/** A member's own rencana kerja individu, by NIP (stable when the team changes): rencana-anggota-<nip>-<n>, its agreement persetujuan-rencana-anggota-<nip>-<n>. */
export const rencanaAnggotaKe = (nip: string) => `rencana-anggota-${nip}`;

/** The report of a member of a team for the ke-th report, to the ketua (`anggota`: 1-based). */
export const laporanAnggota = (laporanKe: number, anggota: number) => `laporan-anggota-${laporanKe}-${anggota}`;
export const isLaporanAnggota = (id: string) => /^laporan-anggota-\d+-\d+$/.test(id);
