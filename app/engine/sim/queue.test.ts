import { describe, expect, it } from 'vitest';
import { EventQueue } from './queue.ts';

describe('EventQueue', () => {
  it('pops by time, equal times in insertion order', () => {
    const q = new EventQueue<string>();
    const input: [number, string][] = [[30, 'c'], [10, 'a1'], [20, 'b'], [10, 'a2'], [5, 'z'], [10, 'a3'], [20, 'b2']];
    for (const [t, s] of input) q.push(t, s);
    const out: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) out.push(e.item);
    expect(out).toEqual(['z', 'a1', 'a2', 'a3', 'b', 'b2', 'c']);
  });

  it('stays ordered under random pushes and pops', () => {
    const q = new EventQueue<number>();
    let seed = 7;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    let last = -1;
    for (let i = 0; i < 2000; i++) {
      if (rnd() < 0.6) q.push(Math.floor(rnd() * 100) + Math.max(0, last), i);
      else { const e = q.pop(); if (e) { expect(e.t).toBeGreaterThanOrEqual(last); last = e.t; } }
    }
    expect(q.size).toBeGreaterThanOrEqual(0);
  });
});
