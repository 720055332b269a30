// Every workflow the worker runs: the procedures, the audit log's anchor, the Plt/Plh delegations, the archive of closed cases, the webhook deliveries and the events' retention.
export { penunjukanDalamUnit } from './penunjukanDalamUnit';
export { penunjukanLintasUnit } from './penunjukanLintasUnit';
export { pengajuanSukarelaDalamUnit } from './pengajuanSukarelaDalamUnit';
export { pengajuanSukarelaLintasUnit } from './pengajuanSukarelaLintasUnit';
export { penunjukanLintasInstansi } from './penunjukanLintasInstansi';
export { rekomendasiPenilaianKinerja } from './rekomendasiPenilaianKinerja';
export { siklusKinerja } from './siklusKinerja';
export { pembentukanTimKerja } from './pembentukanTimKerja';
export { jangkarAudit } from './jangkarAudit';
export { delegasi } from './delegasi';
export { arsipKasus } from './arsipKasus';
export { pengarsipan } from './pengarsipan';
export { pengirimanWebhook } from './pengirimanWebhook';
export { retensiEvent } from './retensiEvent';
