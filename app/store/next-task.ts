/**
 * Resolves in a task of its own, after the current one (and its microtasks): a worker's large answer is copied in
 * the task that receives it, and what it changes on screen is rendered in the next, so that neither task is long.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => { setTimeout(resolve, 0); });
