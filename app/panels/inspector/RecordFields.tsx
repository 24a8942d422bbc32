import { memo } from 'react';
import type { CollectionName, Id } from '../../model/index.ts';
import { SPECS } from './specs.ts';
import { Field } from './Field.tsx';
import { LinkUtilisation } from './LinkUtilisation.tsx';

/** Every editable attribute of one record. */
export const RecordFields = memo(function RecordFields({ collection, id }: { collection: CollectionName; id: Id }) {
  const specs = SPECS[collection] ?? [];
  if (specs.length === 0) return null;
  return <div className="fields">{specs.map((s) => <Field key={`${id}-${s.key}`} spec={s} id={id} />)}<LinkUtilisation id={id} /></div>;
});
