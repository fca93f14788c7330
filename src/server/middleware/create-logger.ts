import { type Logger, pino } from 'pino';

/** The process's JSON logger (one object per line on stdout); `level` comes from LOG_LEVEL. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'dossier' } });
}
