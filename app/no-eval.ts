/**
 * The app's Content-Security-Policy forbids eval. zod compiles fast object parsers with `new Function`
 * when it may, and finds out whether it may by trying (a CSP violation report on every start), so the
 * browser entry points import this module first. The configuration itself lives in the one module through
 * which the app imports zod (model/schema/z.ts), so it also runs first in chunks loaded on demand.
 */
import './model/schema/z.ts';
