import { DESIGN_FORMAT, DESIGN_VERSION, designSchema, type CollectionName, type Design } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { ID_PREFIX } from '../ids.ts';
import { op } from './op.ts';

const UNTITLED = 'Untitled design';

/**
 * A design with nothing in it: what the schema's defaults make of a name. The app's first state is written out
 * (the same document, see design.test.ts): parsing it at start-up made zod prepare every schema of the document
 * before the first picture, for nothing.
 */
export function emptyDesign(name = UNTITLED): Design {
  if (name !== UNTITLED) return designSchema.parse({ format: DESIGN_FORMAT, version: DESIGN_VERSION, name, domain: {} });
  const domain = {} as Record<CollectionName, Record<string, never>>;
  for (const c of Object.keys(ID_PREFIX) as CollectionName[]) domain[c] = {};
  return {
    format: DESIGN_FORMAT, version: DESIGN_VERSION, name, description: '', domain: domain as unknown as Design['domain'],
    layout: { nodes: {} }, scenarios: {}, suppressions: [],
  };
}

export const renameDesign = op<{ name: string }>((d, { name }) => {
  const trimmed = name.trim();
  if (!trimmed) throw new OpError('A design needs a name');
  if (trimmed.length > 200) throw new OpError('A design name has at most 200 characters');
  d.name = trimmed;
});

export const setDesignDescription = op<{ description: string }>((d, { description }) => {
  d.description = description.slice(0, 5000);
});
