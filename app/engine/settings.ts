/**
 * Soft limits and defaults for rules whose facts are unconfirmed ([U] in REFERENCE.md): the reference says
 * to make them settings rather than hard errors.
 */
export interface EngineSettings {
  /** VSCSI-9: virtual target devices per vhost above which an info is shown (no IBM number found). */
  maxVtdsPerVhost: number;
  /** NPIV-5/NPIV-7: virtual FC clients per physical port when the port does not say (tports). */
  defaultNpivMaxClients: number;
  /** VNIC-11: backing devices per vNIC above which an info is shown (MODERN.md: maximum unknown, three demonstrated). */
  maxVnicBackingDevices: number;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  maxVtdsPerVhost: 64,
  defaultNpivMaxClients: 64,
  maxVnicBackingDevices: 6,
};
