import type { Design, Id } from '../../model/index.ts';

/** One editable attribute: how to read it and how to change it through a model operation. */
export interface FieldSpec {
  key: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'bool';
  options?: readonly string[];
  hint?: string;
  get: (d: Design, id: Id) => string | boolean;
  /** Whether the value was assumed (an import from outputs that do not show it); editing it clears the mark. */
  assumed?: (d: Design, id: Id) => boolean;
  /** Applies a new value; throws OpError with the reason when the value is refused. */
  set: (d: Design, id: Id, raw: string | boolean) => Design;
}

