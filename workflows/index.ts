// Every procedure workflow the worker runs.
export { penunjukanLintasUnit } from './penunjukanLintasUnit';
export { pengajuanSukarelaDalamUnit } from './pengajuanSukarelaDalamUnit';
