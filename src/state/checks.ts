/**
 * The zod-backed checks (zodChecks.ts) are fetched on first use: a first visit with nothing saved never loads zod.
 * The chunk is local (built with the app), so this works offline; callers are async or wait for it (a lazy surface).
 */
import type * as ZodChecksModule from './zodChecks';

export type ZodChecks = typeof ZodChecksModule;

let loading: Promise<ZodChecks> | undefined;
let loaded: ZodChecks | undefined;

export function loadZodChecks(): Promise<ZodChecks> {
  loading ??= import('./zodChecks').then((m) => (loaded = m));
  return loading;
}

/** The checks when already loaded (a surface that needs them synchronously loads them before it shows). */
export const zodChecksLoaded = (): ZodChecks | undefined => loaded;
