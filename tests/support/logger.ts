import pino from 'pino';

/** Quiet unless LOG_LEVEL asks otherwise. */
export const testLogger = () => pino({ level: process.env.LOG_LEVEL ?? 'silent' });
