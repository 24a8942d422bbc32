import { Fragment, memo, useContext, useEffect, useRef, type CSSProperties } from 'react';
import { Handle, Position, useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { CompactContext } from '../lod/lod-context.ts';
import { rowSummaryParts } from '../lod/row-summary.ts';
import { ElementBadge } from './ElementBadge.tsx';
import { ImpactBadge } from '../impact/ImpactBadge.tsx';
import { useDesign } from '../../store/design-store.ts';
import type { Node } from '@xyflow/react';
import type { PartitionData } from '../project.ts';
import { partitionKindLabel } from '../rows.ts';
import { viosRole } from '../../picture/roles.ts';
import { NODE_SIZE, partitionHeightFor } from '../../model/layout/tidy.ts';
import { nameFit } from './name-fit.ts';
import { systemHasSharedSriov } from '../../model/modern-query.ts';

const HEADER_Y = { top: 23 };

const ROW_ICON: Record<string, string> = {
  'vscsi-server': 'S', 'vscsi-client': 'S', 'vfc-server': 'F', 'vfc-client': 'F', veth: 'E', trunk: 'T',
  'control-channel': 'C', sea: 'B', 'port-ethernet': 'e', 'port-fc': 'f', 'port-sas': 's', backing: 'D', 'hea-lport': 'H', lagg: 'L', 'sriov-lport': 'V', vnic: 'N',
};

/** Rows per chunk; a node with more rows renders them in chunks with `content-visibility: auto`. */
const CHUNK = 24;
const ROW_HEIGHT = NODE_SIZE.row;
function chunks<T>(rows: T[]): T[][] {
  if (rows.length <= CHUNK) return [rows];
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}
const chunkStyles = new Map<number, { containIntrinsicSize: string }>();
function chunkStyle(n: number) {
  let s = chunkStyles.get(n);
  if (!s) chunkStyles.set(n, (s = { containIntrinsicSize: `auto ${n * ROW_HEIGHT}px` }));
  return s;
}

/**
 * Zoomed out: the counts per kind and the state, each a whole word group that wraps as a unit; the box shows
 * as many whole lines as fit above its bottom edge (styles.css), the rest is in the title.
 */
function RowSummary({ rows, running, names }: { rows: PartitionData['rows']; running: boolean; names: boolean }) {
  const parts = rowSummaryParts(rows, names);
  const state = running ? 'Running' : 'Not activated';
  return (
    <div className="row-summary" title={`${parts.join(' · ')} · ${state}`}>
      <div className="row-summary-lines">
        {/* A range (vhost0–2) never breaks at its dash: word joiners around it (the title keeps the plain text). */}
        {parts.map((t) => <span key={t} className="summary-part">{t.replace(/–/g, '\u2060–\u2060')}</span>)}
        <span className={`summary-part summary-state${running ? ' running' : ''}`}>{state}</span>
      </div>
    </div>
  );
}

const fitStyles = new Map<number, CSSProperties>();
/** Zoomed out, the name's largest type that keeps it whole inside the box (name-fit.ts); one style object per size. */
function fitStyle(px: number): CSSProperties {
  let s = fitStyles.get(px);
  if (!s) fitStyles.set(px, (s = { '--name-fit': `${px}px` } as CSSProperties));
  return s;
}

/** A name with a break opportunity at each cut, so that zoomed out it wraps there (and nowhere else while it fits). */
function NameText({ name, cuts }: { name: string; cuts: readonly number[] }) {
  if (!cuts.length) return <>{name}</>;
  const ends = [...cuts, name.length];
  return <>{ends.map((end, i) => <Fragment key={i}>{i > 0 && <wbr />}{name.slice(i ? ends[i - 1] : 0, end)}</Fragment>)}</>;
}

/** A VIOS or client partition: header with its settings, then one row per adapter or device, each with handles. */
export const PartitionNode = memo(function PartitionNode({ id, data, selected }: NodeProps<Node<PartitionData, 'partition'>>) {
  const p = useDesign((s) => s.design.domain.partitions[data.partitionId]);
  const compact = useContext(CompactContext);
  const role = useDesign((s) => viosRole(s.design, data.partitionId));
  // The +vNIC chip only where a vNIC can be made: a frame with an SR-IOV adapter in shared mode (VNIC-1).
  const vnicPossible = useDesign((s) => { const q = s.design.domain.partitions[data.partitionId]; return !!q && q.kind !== 'vios' && systemHasSharedSriov(s.design, q.systemId); });
  const updateInternals = useUpdateNodeInternals();
  const wasCompact = useRef(compact);
  // Rows (and their handles) come and go with the level of detail: let React Flow measure them again.
  useEffect(() => {
    if (wasCompact.current !== compact) updateInternals(id);
    wasCompact.current = compact;
  }, [compact, id, updateInternals]);
  if (!p) return null;
  const kindLabel = partitionKindLabel(p);
  const fit = nameFit(p.name, kindLabel, partitionHeightFor(data.rows.length), p.kind === 'vios');
  const cpu = p.processor.mode === 'shared'
    ? `${p.processor.desiredUnits} EC · ${p.processor.desiredVirtualProcessors} VP`
    : `${p.processor.desiredUnits} ded`;
  return (
    <div className={`partition-node kind-${p.kind}${selected ? ' selected' : ''}`} data-testid={`partition-${p.name}`}
      style={fitStyle(fit.px)}>
      <ImpactBadge id={p.id} />
      <Handle type="target" position={Position.Left} id="in" className="header-handle" style={HEADER_Y} title="Connect: vSCSI to a VIOS, a VLAN, a LUN, an HEA port" />
      <div className="partition-header">
        <span className="kind-badge">{kindLabel}</span>
        <span className="partition-name"><NameText name={p.name} cuts={fit.cuts} /></span>
        {role && <span className="vios-role">{role}</span>}
        <ElementBadge id={p.id} />
        <span className="partition-id">id {p.lparId}</span>
        <div className="partition-settings">{cpu} · {Math.round(p.memory.desiredMB / 1024)} GB · {p.state === 'running' ? 'Running' : 'Not activated'}</div>
      </div>
      <Handle type="source" position={Position.Right} id="out" className="header-handle" style={HEADER_Y} title="Connect: vSCSI to a VIOS, a VLAN, a LUN, an HEA port" />
      <Handle type="source" position={Position.Right} id="vscsi" className="pair-handle pair-vscsi" title="Drag to a VIOS or client: virtual SCSI pair (vhost ↔ vscsi)">+vSCSI</Handle>
      <Handle type="source" position={Position.Right} id="npiv" className="pair-handle pair-npiv" title="Drag to a VIOS or client: virtual Fibre Channel pair (vfchost ↔ fcs)">+NPIV</Handle>
      {/* On the bottom edge, where the client's adapters meet their lines: clear of the header a partition is moved by. */}
      {vnicPossible && <Handle type="source" position={Position.Bottom} id="vnic" className="pair-handle pair-vnic" title="Drag to a VIOS, its SR-IOV logical port or an SR-IOV port: vNIC with a backing device">+vNIC</Handle>}
      {compact ? <RowSummary rows={data.rows} running={p.state === 'running'} names={p.kind === 'vios'} /> : data.rows.length === 0
        ? <ul className="rows"><li className="row row-empty">no adapters yet</li></ul>
        : chunks(data.rows).map((chunk, i) => (
          // Long lists (a VIOS serving hundreds of clients) come in chunks the browser skips when off-screen.
          <ul key={i} className={data.rows.length > CHUNK ? 'rows row-chunk' : 'rows'} style={chunkStyle(chunk.length)}>
            {chunk.map((r) => (
              <li key={r.id} className={`row row-${r.kind}`} data-rowid={r.id} title={`${r.name} · ${r.detail}`}>
                <Handle type="target" position={Position.Left} id={r.id} className="row-handle" />
                <span className="row-icon" aria-hidden>{ROW_ICON[r.kind]}</span>
                <span className="row-name">{r.name}</span>
                <span className="row-detail">{r.detail}</span>
                <ElementBadge id={r.id} />
                <Handle type="source" position={Position.Right} id={r.id} className="row-handle" />
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
});
