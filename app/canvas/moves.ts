import type { Design, Id } from '../model/index.ts';
import { labelOf } from './labels.ts';

/** What the user is told when a move ended on other elements and was pushed aside. */
export function pushedAsideMessage(design: Design, pushed: { id: Id; covered: Id[] }[]): string {
  const one = (p: { id: Id; covered: Id[] }) => `${labelOf(design, p.id)} moved aside: it would have covered ${p.covered.map((c) => labelOf(design, c)).join(', ')}`;
  return pushed.length === 1 ? one(pushed[0]!) : `${pushed.length} elements moved aside so that none covers another (${pushed.map(one).join('; ')})`;
}
