import type { Design, Id } from '../../model/index.ts';

/** One editable attribute: how to read it and how to change it through a model operation. */
export interface FieldSpec {
  key: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'bool';
  options?: readonly string[];
  hint?: string;
  get: (d: Design, id: Id) => string | boolean;
  /** Applies a new value; throws OpError with the reason when the value is refused. */
  set: (d: Design, id: Id, raw: string | boolean) => Design;
}

