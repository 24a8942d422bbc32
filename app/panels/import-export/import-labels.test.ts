import { describe, expect, it } from 'vitest';
import { TEXT_KINDS } from '../../io/import/detect.ts';
import { KIND_LABEL } from './import-labels.ts';

describe('import report labels', () => {
  it('names every kind of output the importer detects, as the command that prints it', () => {
    for (const k of TEXT_KINDS) expect(KIND_LABEL[k], k).toBeTruthy();
    expect(KIND_LABEL['lsmap-vnic']).toBe('lsmap -all -vnic');
    expect(KIND_LABEL['cluster-status']).toBe('cluster -status');
  });
});
