import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/load.ts';
import { parseLsmapNpiv } from './lsmap-npiv.ts';

describe('lsmap -all -npiv', () => {
  it('reads the plain form: client id in decimal, client name and OS, status, FC port and the client DRC', () => {
    const { facts, unparsed } = parseLsmapNpiv(fixture('lsmap-npiv-vios1.txt'));
    expect(unparsed).toEqual([]);
    expect(facts.vfchosts[0]).toEqual({
      line: 3, name: 'vfchost0', physloc: 'U9080.HEX.78ABCDE-V1-C30', clientId: 3, clientName: 'aixdb01', clientOs: 'AIX',
      status: 'LOGGED_IN', fcName: 'fcs0', fcLocation: 'U78D3.ND1.WZS00AB-P1-C4-T1', portsLoggedIn: 4, flags: 'a<LOGGED_IN,STRIP_MERGE>',
      vfcClientName: 'fcs0', vfcClientDrc: 'U9080.HEX.78ABCDE-V3-C30',
    });
    expect(facts.vfchosts[1]).toMatchObject({ clientOs: 'Linux', vfcClientName: 'host0' });
  });

  it('reads an unmapped vfchost: no FC name, no client DRC', () => {
    const v = parseLsmapNpiv(fixture('lsmap-npiv-vios1.txt')).facts.vfchosts[2]!;
    expect(v).toMatchObject({ name: 'vfchost2', clientId: 4, status: 'NOT_LOGGED_IN', flags: '1<NOT_MAPPED,NOT_CONNECTED>' });
    expect(v.fcName).toBeUndefined();
    expect(v.vfcClientDrc).toBeUndefined();
    expect(v.clientName).toBeUndefined();
  });

  it('reads the -fmt form with any delimiter', () => {
    const line = 'vfchost3:U9080.HEX.78ABCDE-V1-C33:5:aixweb02:AIX:LOGGED_IN:fcs2:U78D3.ND1.WZS00AB-P1-C5-T1:2:a:fcs1:U9080.HEX.78ABCDE-V5-C33';
    for (const delim of [':', '|', ';']) {
      const { facts, unparsed } = parseLsmapNpiv(`${line.split(':').join(delim)}\n`);
      expect(unparsed).toEqual([]);
      expect(facts.vfchosts[0]).toMatchObject({
        name: 'vfchost3', clientId: 5, clientName: 'aixweb02', fcName: 'fcs2', portsLoggedIn: 2, flags: 'a', vfcClientName: 'fcs1', vfcClientDrc: 'U9080.HEX.78ABCDE-V5-C33',
      });
    }
  });

  it('accepts typographic dashes in the rule line and lists unknown lines', () => {
    const { facts, unparsed } = parseLsmapNpiv('Name  Physloc  ClntID ClntName ClntOS\n\u2014\u2014\u2014- \u2014\u2014\nvfchost4      U9119.FHA.12345AB-V2-C165             160\nStatus:NOT_LOGGED_IN\n#trailer\n');
    expect(facts.vfchosts[0]).toMatchObject({ name: 'vfchost4', clientId: 160, status: 'NOT_LOGGED_IN' });
    expect(unparsed).toEqual([{ line: 5, text: '#trailer' }]);
  });
});
