// Every procedure workflow the worker runs.
export { penunjukanLintasUnit } from './penunjukanLintasUnit';
