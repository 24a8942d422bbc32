import { z } from 'zod';

/**
 * zod, as every module of the app uses it: configured never to compile parsers with `new Function` (the app's
 * Content-Security-Policy forbids eval, and zod finds out whether it may by trying, which the browser reports as a
 * CSP violation). Every module that builds a schema imports zod from here, never from 'zod' directly, so the
 * configuration runs before the first schema wherever the bundler puts that schema (a chunk loaded on demand, or
 * one shared between such chunks, evaluates before the entry's own modules). Checked by e2e/security.spec.ts.
 */
z.config({ jitless: true });

export { z };
