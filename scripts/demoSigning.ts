// `npm start` signs issued documents with a self-signed demo certificate unless SIGNING_P12 names a
// real one: made once under .data/ and kept, so documents stay verifiable across restarts.
import { join } from 'node:path';
import { ensureDemoCertificate } from '../documents/tandaTangan';

const DEMO_PASSWORD = 'demo-signing';

/** The SIGNING_P12 settings for the API and worker: the configured ones, or the demo certificate's. */
export function demoSigningEnv(dataDir: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (env.SIGNING_P12) return {};
  const p12 = join(dataDir, 'demo-signing.p12');
  ensureDemoCertificate(p12, DEMO_PASSWORD);
  console.log(`[start] documents are signed with the demo certificate ${p12} (not a BSrE certificate: set SIGNING_P12 and SIGNING_P12_PASSWORD for a real one)`);
  return { SIGNING_P12: p12, SIGNING_P12_PASSWORD: DEMO_PASSWORD };
}
