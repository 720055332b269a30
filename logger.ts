// One pino logger for API and worker: structured JSON, request id and workflow id as fields.
import pino, { type Logger } from 'pino';

export const createLogger = (name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger =>
  pino({ name, level, base: { service: 'sistem-kerja', process: name } });
