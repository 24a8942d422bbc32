/**
 * Document version 2 -> 3. Version 3 adds the elements of today's frames (MODERN.md): SR-IOV adapters with their
 * physical and logical ports, vNIC client adapters with their backing devices, Shared Storage Pool clusters with their
 * logical units (mapped through backing devices of the new kind "ssp-lu"), and optional settings that Live Partition
 * Mobility reads: per frame the PowerVM edition, the supported processor compatibility modes and the managing HMC; per
 * partition the compatibility mode, the mover service partition flag, BSR arrays, shared memory, RMC and viosecure.
 *
 * Nothing of version 2 changes meaning: every new collection starts empty (the schema's defaults) and every new field
 * is optional, absent meaning what version 2 assumed (no BSR, dedicated memory, RMC up, the generation's modes). The
 * migration therefore only writes the new version number; it leaves a malformed input for the schema to report.
 */
type Doc = Record<string, unknown>;

export function migrate2to3(doc: Doc): Doc {
  return { ...doc, version: 3 };
}
