import type { ConnectionKind } from './connections.ts';

/** How each kind of line is drawn and what the legend calls it (the canvas's CSS uses the same colours). */
export const LINE_KINDS: { kind: ConnectionKind; label: string; dash: string; width: number }[] = [
  { kind: 'vscsi', label: 'virtual SCSI (vhost ↔ vscsi)', dash: '6 4', width: 1.6 },
  { kind: 'vfc', label: 'virtual FC / NPIV (vfchost ↔ fcs)', dash: '6 4', width: 1.6 },
  { kind: 'ethernet', label: 'virtual Ethernet to its VLAN', dash: '3 3', width: 1.6 },
  { kind: 'cable', label: 'cable (FC, Ethernet, SAN zoning)', dash: '', width: 2.4 },
  { kind: 'storage', label: 'disk to LUN (backing device)', dash: '', width: 1.6 },
  { kind: 'hea', label: 'HEA logical port', dash: '', width: 2 },
  { kind: 'sriov', label: 'SR-IOV logical port', dash: '', width: 2 },
  { kind: 'vnic', label: 'vNIC backing device (active)', dash: '', width: 2.2 },
  { kind: 'vnic-standby', label: 'vNIC backing device (standby)', dash: '2 4', width: 1.6 },
];

export type PictureTheme = 'light' | 'dark';

/** The two colour sets of the picture, as in app/styles.css. */
export const PALETTE: Record<PictureTheme, Record<string, string>> = {
  light: {
    bg: '#f5f7fa', text: '#1d2733', muted: '#5c6b7a', border: '#d5dce4', node: '#ffffff', frame: '#eef2f8', frameBorder: '#8ea3bd',
    vios: '#7b4fc9', aix: '#2f6fdb', linux: '#1f8a5b', ibmi: '#b26a00',
    vscsi: '#2f6fdb', vfc: '#c2410c', ethernet: '#0f8a6b', cable: '#4b5563', storage: '#8b5cf6', hea: '#b45309', sriov: '#0e7490', vnic: '#0d9488', 'vnic-standby': '#0d9488',
  },
  dark: {
    bg: '#12161c', text: '#e4e9f0', muted: '#9aa7b6', border: '#2e3846', node: '#202833', frame: '#1b2330', frameBorder: '#4f6481',
    vios: '#b592ff', aix: '#6aa0ff', linux: '#4fd19a', ibmi: '#f0a640',
    vscsi: '#6aa0ff', vfc: '#ff8a50', ethernet: '#3fd0a8', cable: '#a3adbb', storage: '#b49bff', hea: '#f0a640', sriov: '#38bdf8', vnic: '#2dd4bf', 'vnic-standby': '#2dd4bf',
  },
};
