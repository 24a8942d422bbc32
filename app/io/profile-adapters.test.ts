import { describe, expect, it } from 'vitest';
import {
  formatEthAdapterString, formatPairAdapterString, parseEthAdapterString, parseFcAdapterString, parseScsiAdapterString,
} from './profile-adapters.ts';

describe('profile adapter strings (REFERENCE 1.5)', () => {
  it('reads virtual SCSI client and server items, with any/any', () => {
    expect(parseScsiAdapterString('2/client/2/vios1/2/1')).toEqual({ slot: 2, role: 'client', remoteLparId: 2, remoteLparName: 'vios1', remoteSlot: 2, required: true });
    expect(parseScsiAdapterString('2/server/any//any/0')).toEqual({ slot: 2, role: 'server', remoteLparId: null, remoteLparName: '', remoteSlot: null, required: false });
    expect(parseScsiAdapterString('2/client/2/vios1/2')).toBeNull();
    expect(parseScsiAdapterString('x/client/2/vios1/2/1')).toBeNull();
  });
  it('reads virtual FC items with their WWPN pair', () => {
    expect(parseFcAdapterString('10/client/20/VIOS1-A/34/c0507602f9ac000a,c0507602f9ac000b/1')).toMatchObject({ slot: 10, remoteLparId: 20, remoteSlot: 34, wwpns: ['c0507602f9ac000a', 'c0507602f9ac000b'] });
    expect(parseFcAdapterString('30/server/3/aixdb01/30//1')).toMatchObject({ role: 'server', remoteSlot: 30 });
    expect(parseFcAdapterString('30/client/1/vios1/30/c05076,c05077/1')).toBeNull();
  });
  it('reads virtual Ethernet items, short and long forms', () => {
    expect(parseEthAdapterString('6/0/6//2/1')).toEqual({ slot: 6, ieee: false, pvid: 6, additionalVlans: [], trunkPriority: 2, required: true });
    expect(parseEthAdapterString('2/1/1/3,4,5/0/1')).toMatchObject({ ieee: true, additionalVlans: [3, 4, 5], trunkPriority: 0 });
    expect(parseEthAdapterString('10/0/1//0/0/ETHERNET0//all/none')).toMatchObject({ vswitch: 'ETHERNET0' });
    expect(parseEthAdapterString('10/0/1/a/0/0')).toBeNull();
  });
  it('writes what it reads', () => {
    for (const s of ['2/client/2/vios1/2/1', '2/server/any//any/0']) expect(formatPairAdapterString(parseScsiAdapterString(s)!, false)).toBe(s);
    const fc = '10/client/20/VIOS1-A/34/c0507602f9ac000a,c0507602f9ac000b/1';
    expect(formatPairAdapterString(parseFcAdapterString(fc)!, true)).toBe(fc);
    for (const s of ['6/0/6//2/1', '2/1/1/3,4,5/0/1/ETHERNET0', '11/1/10/20/1/0/ETHERNET0/0AF122334405/all/none']) {
      expect(formatEthAdapterString(parseEthAdapterString(s)!)).toBe(s);
    }
  });
});
