// The demo start of a work cycle (P7): the issued P2 case's Pranata Komputer reports monthly, with a
// week's grace. The case id names a P2 case started and issued first (README walkthrough).
import type { MulaiSiklus } from '../procedures/siklusKinerja/plan';

export const mulaiSiklus = (over: Partial<MulaiSiklus> = {}): MulaiSiklus => ({
  penugasan: 'banjar-p2-00000000-0000-4000-8000-000000000000',
  laporan: { setiapHari: 30, batasHari: 7 },
  ...over,
});
