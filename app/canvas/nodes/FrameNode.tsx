import { memo } from 'react';
import { NodeResizer, type Node, type NodeProps } from '@xyflow/react';
import { useDesign } from '../../store/design-store.ts';
import { useShallow } from 'zustand/react/shallow';
import type { FrameData } from '../project.ts';
import { frameUsage } from '../../model/query.ts';

/** Entitled cores and memory of the frame's partitions (what the capacity bar shows). */
function useUsage(systemId: string): [number, number] {
  return useDesign(useShallow((s) => {
    const [cores, mem] = frameUsage(s.design.domain.partitions).get(systemId) ?? [0, 0];
    return [Math.round(cores * 100) / 100, mem] as [number, number];
  }));
}

export const FrameNode = memo(function FrameNode({ data, selected }: NodeProps<Node<FrameData, 'frame'>>) {
  const s = useDesign((st) => st.design.domain.systems[data.systemId]);
  const [cores, mem] = useUsage(data.systemId);
  if (!s) return null;
  const corePct = Math.min(100, (cores / s.installedCores) * 100);
  const memPct = Math.min(100, (mem / s.installedMemoryMB) * 100);
  return (
    <div className={`frame-node${selected ? ' selected' : ''}`} data-testid={`frame-${s.name}`}>
      <NodeResizer isVisible={selected} minWidth={400} minHeight={300} />
      <div className="frame-header">
        <span className="frame-name">{s.name}</span>
        <span className="frame-model">{s.typeModel} · {s.generation}{s.hea ? ` · HEA ${s.hea.type}` : ''}</span>
        <div className="capacity" aria-label={`Entitled ${cores} of ${s.installedCores} cores, ${Math.round(mem / 1024)} of ${Math.round(s.installedMemoryMB / 1024)} GB memory`}>
          <span className={`bar${corePct >= 100 ? ' over' : ''}`}><i style={{ width: `${corePct}%` }} /></span>
          <span>{cores}/{s.installedCores} cores</span>
          <span className={`bar${memPct >= 100 ? ' over' : ''}`}><i style={{ width: `${memPct}%` }} /></span>
          <span>{Math.round(mem / 1024)}/{Math.round(s.installedMemoryMB / 1024)} GB</span>
        </div>
      </div>
    </div>
  );
});
