import { benchSize } from './bench-size.ts';

/**
 * In benchmark mode, asks for the benchmark's chunk (app/bench-mode.ts) as soon as the entry starts evaluating,
 * so it arrives while the rest of the app's modules run instead of after them (bootstrap imports the same module,
 * and gets it from the module map). Imported first by main.tsx; nothing happens outside benchmark mode.
 */
if (benchSize() !== null) void import('./bench-mode.ts');
