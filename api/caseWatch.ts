// Waiting for a case to move, without polling: migration 018 announces every projection write on the
// PostgreSQL channel case_changed; one LISTEN connection per API process wakes the requests waiting on
// that case, which then read the projection again. A lost connection wakes everyone (they read again)
// and is opened anew by the next wait.
import { Client, type Pool } from 'pg';
import type { FastifyBaseLogger } from 'fastify';

export class CaseWatch {
  private listening?: Promise<Client>;
  private readonly waiting = new Map<string, Set<() => void>>();

  constructor(private readonly pool: Pool, private readonly log: FastifyBaseLogger) {}

  /**
   * Reads the case until `done` holds for what it read or `ms` have passed; answers the last read.
   * Each read follows a subscription, so a write between the read and the wait is not missed.
   */
  async until<T>(caseId: string, read: () => Promise<T>, done: (read: T) => boolean, ms: number): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      await this.listen();
      let wake!: () => void;
      const changed = new Promise<void>((r) => (wake = r));
      const set = this.waiting.get(caseId) ?? new Set();
      this.waiting.set(caseId, set.add(wake));
      let timer: NodeJS.Timeout | undefined;
      try {
        const last = await read();
        const left = deadline - Date.now();
        if (done(last) || left <= 0) return last;
        await Promise.race([changed, new Promise<void>((r) => (timer = setTimeout(r, left)))]);
      } finally {
        clearTimeout(timer);
        set.delete(wake);
        if (!set.size) this.waiting.delete(caseId);
      }
    }
  }

  async close(): Promise<void> {
    const client = await this.listening?.catch(() => undefined);
    this.listening = undefined;
    await client?.end().catch(() => undefined);
  }

  private listen(): Promise<Client> {
    this.listening ??= (async () => {
      const client = new Client(this.pool.options);
      client.on('notification', (n) => this.wake(n.payload));
      client.on('error', (err) => this.lost(client, err));
      client.on('end', () => this.lost(client));
      await client.connect();
      await client.query('LISTEN case_changed');
      return client;
    })();
    return this.listening.catch((e) => {
      this.listening = undefined;
      throw e;
    });
  }

  private wake(caseId: string | undefined, all = false) {
    for (const [id, set] of this.waiting) if (all || id === caseId) set.forEach((w) => w());
  }

  private lost(client: Client, err?: Error) {
    if (err) this.log.warn({ err }, 'PostgreSQL LISTEN connection lost; waiting readers read again');
    void this.listening?.then((c) => {
      if (c === client) this.listening = undefined;
    }, () => undefined);
    this.wake(undefined, true);
  }
}
