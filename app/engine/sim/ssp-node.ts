/**
 * Shared Storage Pool clusters in the timed simulation (MODERN.md 7.3). A node is up while its VIOS and its frame are.
 * A node lost: the cluster shows it and reads DEGRADED, the pool keeps serving its logical units from the surviving
 * nodes (no majority quorum is documented: the pool stays online while one node runs), the database primary node role
 * moves to another node if the lost one held it; each client's LU path through that node fails after its vSCSI MPIO
 * timers (vscsi-mpio.ts, REFERENCE.md 3.1) and I/O continues through another node's vhost. The last node lost: the pool
 * is offline, every LU with it. Node-down detection by CAA is immediate here (its timeout is [U]). The pool disks: the
 * pool needs every disk of one failure group (the first or the mirror).
 *
 * Not a machine of the path model: it speaks of the cluster, whose state the LU disks' machines already follow.
 */
import type { Design, Id, SspCluster } from '../../model/schema/index.ts';
import type { PathModel } from '../impact/model.ts';
import type { MachineHost } from './machine.ts';

interface ClusterWatch {
  cluster: SspCluster;
  /** Per node: the VIOS component and its frame's (-1 when not a component). */
  nodes: { id: Id; name: string; vios: number; frame: number }[];
  pool: number[];
  mirror: number[];
  /** Per node: up (1) or down (0) at the last look. */
  up: Uint8Array;
  poolOnline: boolean;
  dbn: number;
  /** Failure groups holding the pool: 1 the first, 2 the mirror, 3 both (always 3 without a mirror). */
  groups: number;
  /** Client partitions with an LU of this pool mapped. */
  clients: Id[];
  lus: number;
}

export class SspClusters {
  private readonly watches: ClusterWatch[] = [];

  constructor(model: PathModel, design: Design | undefined, h: Pick<MachineHost, 'physical'>) {
    if (!design) return;
    const d = design.domain;
    const comp = (id: Id | null | undefined): number => (id ? model.componentIndex.get(id) ?? -1 : -1);
    for (const cluster of Object.values(d.sspClusters)) {
      const nodes = cluster.nodeIds.filter((id) => d.partitions[id]).map((id) => ({ id, name: d.partitions[id]!.name, vios: comp(id), frame: comp(d.partitions[id]!.systemId) }));
      const lus = Object.values(d.sspLogicalUnits).filter((l) => l.clusterId === cluster.id).map((l) => l.id);
      const clients = new Set<Id>();
      for (const vtd of Object.values(d.vtds)) {
        const b = vtd.backingDeviceId ? d.backingDevices[vtd.backingDeviceId] : undefined;
        const vhost = d.vscsiAdapters[vtd.serverAdapterId];
        if (b?.kind === 'ssp-lu' && b.logicalUnitId && lus.includes(b.logicalUnitId) && vhost?.remotePartitionId) clients.add(vhost.remotePartitionId);
      }
      const w: ClusterWatch = {
        cluster, nodes, pool: cluster.poolLunIds.map(comp).filter((c) => c >= 0), mirror: cluster.mirrorLunIds.map(comp).filter((c) => c >= 0),
        up: new Uint8Array(nodes.length), poolOnline: true, dbn: 0, groups: 3, clients: [...clients].sort(), lus: lus.length,
      };
      nodes.forEach((n, i) => { w.up[i] = nodeUp(h, n) ? 1 : 0; });
      w.dbn = w.up.indexOf(1);
      w.poolOnline = w.dbn >= 0 && disksServe(h, w);
      w.groups = w.mirror.length === 0 ? 3 : (whole(h, w.pool) ? 1 : 0) | (whole(h, w.mirror) ? 2 : 0);
      this.watches.push(w);
    }
  }

  get size(): number { return this.watches.length; }

  /** After a component failed or came back: the cluster's nodes, its database primary node and its pool. */
  update(h: MachineHost): void {
    for (const w of this.watches) {
      const { cluster } = w;
      const say = (text: string) => h.emit('ssp-cluster', `SSP cluster ${cluster.name}: ${text}`, [cluster.id, ...w.nodes.map((n) => n.id)], w.clients);
      const lost: string[] = [];
      const back: string[] = [];
      w.nodes.forEach((n, i) => {
        const up = nodeUp(h, n) ? 1 : 0;
        if (up === w.up[i]) return;
        w.up[i] = up;
        (up ? back : lost).push(n.name);
      });
      const count = w.up.reduce((a, b) => a + b, 0);
      const total = w.nodes.length;
      const state = count === total ? 'OK' : count === 0 ? 'DOWN' : 'DEGRADED';
      if (lost.length > 0 && count > 0) {
        say(`node ${lost.join(', ')} down, cluster ${state} (${count} of ${total} nodes up); pool ${cluster.poolName} stays online, served by ${w.nodes.filter((_, i) => w.up[i]).map((n) => n.name).join(', ')}: clients with the LU mapped through another node continue once vSCSI MPIO fails the path`);
      }
      if (back.length > 0) say(`node ${back.join(', ')} rejoins the cluster, ${state} (${count} of ${total} nodes up)`);
      if (w.dbn >= 0 && !w.up[w.dbn] && count > 0) {
        const from = w.nodes[w.dbn]!.name;
        w.dbn = w.up.indexOf(1);
        say(`the database primary node role moves from ${from} to ${w.nodes[w.dbn]!.name}`);
      } else if (w.dbn < 0 && count > 0) w.dbn = w.up.indexOf(1);
      else if (count === 0) w.dbn = -1;
      const online = count > 0 && disksServe(h, w);
      if (online !== w.poolOnline) {
        w.poolOnline = online;
        if (!online) {
          const why = count === 0 ? `no node left (${lost.join(', ') || 'every node'} down)` : `its pool disks are lost (${this.lostDisks(h, w)})`;
          say(`pool ${cluster.poolName} offline: ${why}; its ${w.lus} logical unit${w.lus === 1 ? '' : 's'} lost to every client`);
        } else say(`pool ${cluster.poolName} online again (${count} of ${total} nodes up)`);
      }
      // a failure group lost or back while the other one holds the pool (pool mirroring)
      const groups = w.mirror.length === 0 ? 3 : (whole(h, w.pool) ? 1 : 0) | (whole(h, w.mirror) ? 2 : 0);
      if (groups !== w.groups) {
        const was = w.groups;
        w.groups = groups;
        const name = (g: number) => (g === 1 ? cluster.failureGroupName : cluster.mirrorFailureGroupName);
        if (online && groups !== 3) say(`failure group ${name(groups === 1 ? 2 : 1)} lost, the pool continues on its mirror ${name(groups)}`);
        else if (online && groups === 3 && was !== 0) say(`failure group ${name(was === 1 ? 2 : 1)} back, the pool is mirrored again (resync)`);
      }
    }
  }

  private lostDisks(h: MachineHost, w: ClusterWatch): string {
    return [...w.pool, ...w.mirror].filter((c) => h.physical.failed[c]).map((c) => h.model.components[c]!.name).join(', ');
  }
}

const nodeUp = (h: Pick<MachineHost, 'physical'>, n: { vios: number; frame: number }): boolean =>
  !(n.vios >= 0 && h.physical.failed[n.vios]) && !(n.frame >= 0 && h.physical.failed[n.frame]);

const whole = (h: Pick<MachineHost, 'physical'>, cs: readonly number[]): boolean => cs.every((c) => !h.physical.failed[c]);

/** The pool needs every disk of its first failure group, or of its mirror. */
function disksServe(h: Pick<MachineHost, 'physical'>, w: ClusterWatch): boolean {
  return whole(h, w.pool) || (w.mirror.length > 0 && whole(h, w.mirror));
}
