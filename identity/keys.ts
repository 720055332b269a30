// API keys of e-office systems, compared in constant time: the presented key and each configured one
// are hashed to equal-length digests and every one is compared with timingSafeEqual, so neither the
// length nor the first differing byte of a key shows in the response time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { DEFAULT_RIGHTS, type ApiClient, type Right } from '../config';

export interface KeyHolder { name: string; regions?: string[]; rights: Right[] }

const digest = (key: string) => createHash('sha256').update(key).digest();

export function keyring(apiKeys: Map<string, ApiClient>): (presented: string) => KeyHolder | undefined {
  const entries = [...apiKeys].map(([key, c]) => ({ digest: digest(key), holder: { name: c.name, regions: c.regions, rights: c.rights ?? DEFAULT_RIGHTS } }));
  return (presented) => {
    const d = digest(presented);
    let found: KeyHolder | undefined;
    for (const e of entries) if (timingSafeEqual(e.digest, d)) found = e.holder;
    return found;
  };
}
