// Every procedure workflow the worker runs.
export { penunjukanLintasUnit } from './penunjukanLintasUnit';
export { pengajuanSukarelaLintasUnit } from './pengajuanSukarelaLintasUnit';
