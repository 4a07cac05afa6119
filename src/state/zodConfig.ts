/**
 * The app runs under a Content-Security-Policy without 'unsafe-eval' (index.html). zod compiles a fast path with
 * `new Function` unless told not to, and decides when a schema is built: this module is imported first.
 */
import { z } from 'zod';

z.config({ jitless: true });
