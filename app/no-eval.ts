import { z } from 'zod';

/**
 * The app's Content-Security-Policy forbids eval. zod compiles fast object parsers with `new Function`
 * when it may, and finds out whether it may by trying (a CSP violation report on every start), so the
 * browser entry points import this module first: zod then never tries. It must run before any schema
 * is built, hence its own module imported ahead of everything else.
 */
z.config({ jitless: true });
