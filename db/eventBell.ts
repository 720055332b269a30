// Wakes the readers waiting on the event outbox: one connection per process LISTENs on `events`
// (migrations/026 NOTIFYs at the commit of every append) and rings every waiting reader, who then reads
// the table. A lost connection (PostgreSQL restarted, the backend terminated) is opened again with a
// backoff, and the readers are rung once it listens again (what was appended meanwhile went unheard).
// Readers still look on their own every `safetyPollMs`, so a missed ring only delays an answer.
import { Client, type ClientConfig } from 'pg';
import type { Logger } from 'pino';

const CHANNEL = 'events';
/** What the listening connection shows in pg_stat_activity. */
export const LISTENER_NAME = 'sistem-kerja-events';
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;
/** A reader's own look at the table when no ring comes: only a missed ring waits this long. */
export const SAFETY_POLL_MS = 5_000;

export interface Ring {
  /** Resolves at the next ring (true) or after `ms` (false). */
  wait(ms: number): Promise<boolean>;
  cancel(): void;
}

export class EventBell {
  private client: Client | undefined;
  private readonly waiters = new Set<() => void>();
  private retryMs = FIRST_RETRY_MS;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly connection: ClientConfig, private readonly log: Logger, readonly safetyPollMs = SAFETY_POLL_MS) {}

  /** Starts listening (in the background: a reader waits on its safety poll until then). */
  start(): void {
    void this.connect();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
    this.ring();
  }

  /**
   * A ring to wait for, taken before the reader looks at the table: a ring between that look and the
   * wait is not missed.
   */
  next(): Ring {
    let rung = false;
    let wake = () => {
      rung = true;
    };
    const waiter = () => wake();
    this.waiters.add(waiter);
    const cancel = () => this.waiters.delete(waiter);
    return {
      cancel,
      wait: (ms) => new Promise<boolean>((resolve) => {
        if (rung) {
          cancel();
          return resolve(true);
        }
        const timer = setTimeout(() => {
          cancel();
          resolve(false);
        }, ms);
        wake = () => {
          clearTimeout(timer);
          cancel();
          resolve(true);
        };
      }),
    };
  }

  private ring(): void {
    for (const w of [...this.waiters]) w();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new Client({ ...this.connection, application_name: LISTENER_NAME });
    let lost = false;
    const onLost = (err?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
      if (this.closed) return;
      this.log.warn({ err, retryInMs: this.retryMs }, 'the event listener lost its connection; listening again');
      this.retry = setTimeout(() => void this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    };
    client.on('notification', () => this.ring());
    client.on('error', onLost);
    client.on('end', () => onLost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      onLost(err as Error);
      return;
    }
    if (lost) return;
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    this.log.info('the event listener listens');
    // Whatever was appended while nobody listened: the readers look now.
    this.ring();
  }
}
