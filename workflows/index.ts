// Every procedure workflow the worker runs.
export { penunjukanDalamUnit } from './penunjukanDalamUnit';
export { penunjukanLintasUnit } from './penunjukanLintasUnit';
export { pengajuanSukarelaDalamUnit } from './pengajuanSukarelaDalamUnit';
export { pengajuanSukarelaLintasUnit } from './pengajuanSukarelaLintasUnit';
export { pembentukanTimKerja } from './pembentukanTimKerja';
