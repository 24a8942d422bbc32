/**
 * Physical location codes: `U<type>.<model>.<serial>[-V<partition id>-C<virtual slot>[-T<port>]]` for
 * virtual devices (REFERENCE 1.1), `U<type>.<model>.<serial>-P1-C5-T1` for physical ports in a CEC or
 * I/O drawer.
 */
export interface LocationCode {
  /** Machine type-model as the HMC writes it, e.g. 9179-MHD. */
  typeModel: string;
  serial: string;
  /** Partition id, for virtual devices (-V). */
  lparId?: number;
  /** Virtual slot, for virtual devices (-C after -V). */
  slot?: number;
  port?: number;
}

const LOC = /^U([0-9A-Z]{4})\.([0-9A-Z]{3})\.([0-9A-Za-z]+)((?:-[A-Z]+[0-9A-Za-z]*)*)$/;

export function parseLocation(code: string | undefined): LocationCode | null {
  if (!code) return null;
  const m = LOC.exec(code.trim());
  if (!m) return null;
  const loc: LocationCode = { typeModel: `${m[1]}-${m[2]}`, serial: m[3]! };
  const rest = m[4] ?? '';
  const v = /^-V(\d+)-C(\d+)(?:-T(\d+))?/.exec(rest);
  if (v) {
    loc.lparId = Number(v[1]);
    loc.slot = Number(v[2]);
    if (v[3] !== undefined) loc.port = Number(v[3]);
  }
  return loc;
}

/** A virtual device location: partition id and slot are known. */
export function parseVirtualLocation(code: string | undefined): (LocationCode & { lparId: number; slot: number }) | null {
  const loc = parseLocation(code);
  return loc && loc.lparId !== undefined && loc.slot !== undefined ? (loc as LocationCode & { lparId: number; slot: number }) : null;
}
