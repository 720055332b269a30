// The one way a process opens PostgreSQL: a pool whose connections can never crash it. pg emits
// 'error' on a client whose server went away (pg_terminate_backend, a restart, a failover, a reset
// socket); the pool listens only while a client is idle, so one that is checked out would throw an
// unhandled 'error' and end the process. Every client gets a listener for its whole life; the query
// in flight still rejects, the activity or request that ran it fails and is retried, and the pool
// replaces the dead connection.
import { Pool, type PoolConfig } from 'pg';

export function createPool(config: PoolConfig, log: { warn(fields: { err: Error }, message: string): void }): Pool {
  const pool = new Pool(config);
  pool.on('error', (err) => log.warn({ err }, 'idle PostgreSQL connection lost'));
  pool.on('connect', (client) => client.on('error', (err) => log.warn({ err }, 'PostgreSQL connection lost')));
  return pool;
}
