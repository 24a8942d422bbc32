import { DESIGN_FORMAT, DESIGN_VERSION, designSchema, type Design } from '../schema/index.ts';
import { OpError } from '../errors.ts';
import { op } from './op.ts';

export function emptyDesign(name = 'Untitled design'): Design {
  return designSchema.parse({ format: DESIGN_FORMAT, version: DESIGN_VERSION, name, domain: {} });
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
