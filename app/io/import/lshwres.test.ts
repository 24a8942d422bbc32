import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/load.ts';
import { parseLshwresMem, parseLshwresProc, parseLshwresVirtualio } from './lshwres.ts';

describe('lshwres -r virtualio --level lpar', () => {
  it('scsi: both ends with remote partition and slot, any/any as null', () => {
    const { facts, unparsed } = parseLshwresVirtualio(fixture('lshwres-scsi.txt'), 'scsi');
    expect(unparsed).toEqual([]);
    if (facts.rsubtype === 'slot' || facts.rsubtype === 'eth') throw new Error('wrong subtype');
    expect(facts.adapters[0]).toEqual({ line: 1, lparName: 'vios1', lparId: 1, slot: 11, role: 'server', required: true, remoteLparId: 3, remoteLparName: 'aixdb01', remoteSlot: 2 });
    expect(facts.adapters[2]).toMatchObject({ slot: 13, remoteLparId: null, remoteSlot: null, required: false });
  });
  it('fc: client WWPN pairs from a quoted field', () => {
    const { facts, unparsed } = parseLshwresVirtualio(fixture('lshwres-fc.txt'), 'fc');
    expect(unparsed).toEqual([]);
    if (facts.rsubtype === 'slot' || facts.rsubtype === 'eth') throw new Error('wrong subtype');
    expect(facts.adapters[4]).toMatchObject({ lparName: 'aixdb01', role: 'client', wwpns: ['c050760a1b2c0010', 'c050760a1b2c0011'] });
  });
  it('eth: trunk, priority, PVID, additional VLANs, vswitch and MAC', () => {
    const { facts, unparsed } = parseLshwresVirtualio(fixture('lshwres-eth.txt'), 'eth');
    expect(unparsed).toEqual([]);
    if (facts.rsubtype !== 'eth') throw new Error('wrong subtype');
    expect(facts.adapters[0]).toEqual({
      line: 1, lparName: 'vios1', lparId: 1, slot: 20, required: true, trunk: true, trunkPriority: 1, ieee: true, pvid: 10,
      additionalVlans: [20, 30], vswitch: 'ETHERNET0', mac: '0AF122334405',
    });
    expect(facts.adapters[1]).toMatchObject({ trunk: false, additionalVlans: [] });
  });
  it('slot (lpar and slot level) and serial', () => {
    const lpar = parseLshwresVirtualio(fixture('lshwres-slot.txt'), 'slot').facts;
    if (lpar.rsubtype !== 'slot') throw new Error('wrong subtype');
    expect(lpar.slots[0]).toMatchObject({ lparName: 'vios1', lparId: 1, maxVirtualSlots: 400, nextAvailableSlot: 33 });
    const level = parseLshwresVirtualio(fixture('lshwres-slot-level.txt'), 'slot');
    expect(level.unparsed).toEqual([]);
    if (level.facts.rsubtype !== 'slot') throw new Error('wrong subtype');
    expect(level.facts.slots[2]).toMatchObject({ slot: 11, config: 'scsi', drcName: 'U9080.HEX.78ABCDE-V1-C11' });
    const serial = parseLshwresVirtualio(fixture('lshwres-serial.txt'), 'serial');
    expect(serial.unparsed).toEqual([]);
  });
  it('lists rows that miss keys or are not records, and reports HMC errors', () => {
    const r = parseLshwresVirtualio(fixture('hmc-error-in-listing.txt') + 'lpar_name=x,lpar_id=1,slot_num=2\nnot a record\n', 'scsi');
    expect(r.errors).toEqual([{ line: 2, code: 'HSCLA4C0', text: 'An error occurred while querying partition 9: HSCLA4C0 This operation is not supported on this managed system.' }]);
    expect(r.unparsed.map((u) => u.line)).toEqual([3, 4]);
  });
});

describe('lshwres -r proc|mem --level lpar', () => {
  it('reads shared and dedicated processor settings', () => {
    const { facts, unparsed } = parseLshwresProc(fixture('lshwres-proc.txt'));
    expect(unparsed).toEqual([]);
    expect(facts.partitions[0]).toMatchObject({ lparName: 'vios1', mode: 'shared', minUnits: 0.5, desiredUnits: 1.5, maxUnits: 4, desiredProcs: 3, sharingMode: 'uncap', weight: 255, poolId: 0 });
    expect(facts.partitions[1]).toMatchObject({ lparName: 'aixdb01', mode: 'ded', desiredProcs: 4, sharingMode: 'share_idle_procs' });
  });
  it('reads memory', () => {
    expect(parseLshwresMem(fixture('lshwres-mem.txt')).facts.partitions[1]).toMatchObject({ lparId: 3, minMB: 16384, desiredMB: 65536, maxMB: 131072 });
  });
});
