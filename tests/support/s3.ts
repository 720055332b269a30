// A real S3-compatible server for the tests of the archive in S3: moto's standalone server (pinned in
// test-requirements.txt, installed into .tools/venv by scripts/ensure-deps.mjs --test) on a free port of
// loopback, its bucket created as an operator would; stopped with the suite.
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './workerProcess';

const MOTO = join(__dirname, '..', '..', '.tools', 'venv', 'bin', 'moto_server');

export interface S3Server { endpoint: string; client: S3Client; stop: () => Promise<void> }

/** Starts the server and creates `bucket` (with Object Lock enabled when asked); credentials are the AWS chain's, set here as the test's. */
export async function startS3(bucket: string, opts: { objectLock?: boolean } = {}): Promise<S3Server> {
  if (!existsSync(MOTO)) throw new Error(`${MOTO} is missing: run \`node scripts/ensure-deps.mjs --test\` (npm test does it)`);
  // The standard chain reads these: moto takes any.
  process.env.AWS_ACCESS_KEY_ID = 'sistem-kerja-test';
  process.env.AWS_SECRET_ACCESS_KEY = 'sistem-kerja-test-secret';
  const port = await freePort();
  const server = spawn(MOTO, ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true });
  for (const end = Date.now() + 60_000; ; await new Promise((r) => setTimeout(r, 250))) {
    try {
      await client.send(new CreateBucketCommand({ Bucket: bucket, ...(opts.objectLock ? { ObjectLockEnabledForBucket: true } : {}) }));
      break;
    } catch (e) {
      if (server.exitCode !== null || Date.now() > end) throw new Error(`moto_server on ${endpoint} did not answer: ${(e as Error).message}`);
    }
  }
  return {
    endpoint, client,
    stop: async () => {
      client.destroy();
      server.kill();
      await exited;
    },
  };
}
