/**
 * Reasons that belong to a frame, whatever partition moves to or from it: computed once per frame and shared by every
 * cell they concern (a design of 1,000 partitions whose frames record no mover service partition has one such reason
 * per frame, not one per cell).
 */
import { listing } from '../rules/common.ts';
import type { FrameOffer } from './frames.ts';
import { reason } from './rules.ts';
import type { LpmReason } from './types.ts';

export interface FrameReasons {
  /** LPM-1: a POWER5 frame, or a PowerVM edition other than Enterprise (not judged when not recorded). */
  hardware: LpmReason[];
  /**
   * For an active migration: LPM-11 mover service partitions and VIOS whose RMC is down; viosecure high on the MSPs
   * (LPM-10: an error-free warning, since secure IP tunnels are not recorded).
   */
  movers: LpmReason[];
}

export function frameReasons(offer: FrameOffer): FrameReasons {
  const s = offer.system;
  const hardware: LpmReason[] = [];
  if (s.generation === 'POWER5') hardware.push(reason('LPM-1', 'POWER5 frame', `${s.name} is a POWER5 frame: Live Partition Mobility needs POWER6 or later`, [s.id]));
  if (s.powervmEdition && s.powervmEdition !== 'enterprise') {
    hardware.push(reason('LPM-1', `PowerVM ${s.powervmEdition} on ${s.name}`, `${s.name} runs PowerVM ${s.powervmEdition} Edition: Live Partition Mobility needs Enterprise Edition on both servers`, [s.id]));
  }
  const movers: LpmReason[] = [];
  const msps = offer.msps;
  if (msps.length === 0) {
    const why = offer.vios.length === 0 ? 'has no running VIOS' : `has no VIOS that can be mover service partition (msp=1, RMC up): ${listing(offer.vios.map((v) => v.name))}`;
    movers.push(reason('LPM-11', `no mover service partition on ${s.name}`, `${s.name} ${why}: an active migration needs one on each side`, [s.id, ...offer.vios.map((v) => v.id)]));
  } else {
    if (!msps.some((v) => v.msp === 'yes')) {
      movers.push(reason('LPM-11', `no VIOS of ${s.name} marked msp=1`, `No VIOS of ${s.name} is recorded as mover service partition (msp=1): ${listing(msps.map((v) => v.name))} must have the attribute for an active migration`, [s.id, ...msps.map((v) => v.id)], 'warning'));
    }
    const secure = msps.filter((v) => v.viosecureHigh);
    if (secure.length === msps.length) {
      movers.push(reason('LPM-10', `viosecure high on the MSPs of ${s.name}`, `viosecure high network security on ${listing(msps.map((v) => v.name))} of ${s.name} blocks LPM unless secure IP tunnels join the mover service partitions (not recorded in the design)`, [s.id, ...msps.map((v) => v.id)], 'warning'));
    } else if (secure.length > 0) {
      movers.push(reason('LPM-10', `viosecure high on ${secure.map((v) => v.name).join(', ')}`, `viosecure high network security on ${listing(secure.map((v) => v.name))} of ${s.name}: without secure IP tunnels (not recorded in the design) only ${listing(msps.filter((v) => !v.viosecureHigh).map((v) => v.name))} can be mover service partition`, [s.id, ...secure.map((v) => v.id)], 'warning'));
    }
  }
  const noRmc = offer.vios.filter((v) => v.rmcDown);
  if (noRmc.length > 0) {
    movers.push(reason('LPM-11', `RMC down on ${noRmc.map((v) => v.name).join(', ')}`, `The RMC connection of ${listing(noRmc.map((v) => v.name))} (${s.name}) to the HMC is down: ${noRmc.length === 1 ? 'it' : 'they'} can be neither mover service partition nor take part in a migration until it is up`, [s.id, ...noRmc.map((v) => v.id)], 'warning'));
  }
  return { hardware, movers };
}
