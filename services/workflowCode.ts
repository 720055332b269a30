// The workflow code as every worker loads it — the service's, the tests', the replays' — so that what
// the tests and replays check is what runs.
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
/** Run from sources (tsx, vitest) the modules are .ts; built (dist/), .js. */
const EXT = __filename.endsWith('.ts') ? '.ts' : '.js';
/** A module of this project by its path from the root, as the running build has it: for the bundler. */
export const source = (path: string) => join(ROOT, `${path}${EXT}`);

/** Every workflow type the task queue serves. */
export const WORKFLOWS_PATH = source('workflows/index');

/**
 * The modules of the workflows that keep nothing of a run — the domain's rules, the procedures' plans
 * and forms, and through them the regional profiles and the schema library — loaded once per worker
 * thread and shared by every workflow it runs (frozen by the SDK), instead of evaluated again for each
 * run the worker starts or takes over (a case and its work cycle: two per assignment). What they import
 * is shared with them. Never a module of workflows/: the kernel keeps each run's own state there
 * (patches.ts: which generations the run recorded). tests/workflows/workflowCode.test.ts checks both.
 */
export const SHARED_MODULES = [
  // First: the sandbox's settings, before anything else is evaluated and before the SDK freezes its globals.
  'services/workflowSandbox',
  'domain/dokumen', 'domain/events', 'domain/kasus', 'domain/langkah', 'domain/predikat', 'domain/refusal',
  'procedures/pembentukanTimKerja/perubahan', 'procedures/pembentukanTimKerja/plan', 'procedures/penunjukanLintasUnit/plan',
  'procedures/rekomendasiPenilaianKinerja/formulir', 'procedures/siklusKinerja/aksi', 'procedures/siklusKinerja/plan', 'procedures/siklusKinerja/tugas',
].map(source);

/** For bundleWorkflowCode (tests, replays). */
export const bundleOptions = { workflowsPath: WORKFLOWS_PATH, preloadModules: SHARED_MODULES };

/** For Worker.create (the service's worker, which bundles at start). */
export const workflowCode = { workflowsPath: WORKFLOWS_PATH, bundlerOptions: { preloadModules: SHARED_MODULES } };
