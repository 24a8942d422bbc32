import { memo, useMemo } from 'react';
import { useDesign } from '../../store/design-store.ts';
import { useImpact } from '../../store/impact-store.ts';
import { designConnections } from '../connections.ts';
import { useFailedElements } from './failed-elements.ts';

const esc = (id: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&'));
const node = (id: string) => `.react-flow__node[data-id="${esc(id)}"]`;
const row = (id: string) => `li.row[data-rowid="${esc(id)}"]`;
const edge = (id: string) => `.react-flow__edge[data-id="${esc(id)}"]`;

/** Rules for a set of elements: nodes and adapter rows alike (an id is one or the other). */
function rules(ids: ReadonlySet<string>, nodeCls: string, rowCls: string): string {
  if (ids.size === 0) return '';
  const list = [...ids];
  return `${list.map((id) => `${node(id)} > div`).join(',')}{${nodeCls}}\n${list.map(row).join(',')}{${rowCls}}\n`;
}

/**
 * Draws failed elements failed (red, crossed), the What if element as a preview, and the lost (red) and
 * surviving (green) paths of the partition picked in the Impact panel, by styling the canvas's own nodes,
 * rows and connections: no node component changes, and nothing re-renders but this one style sheet.
 */
export const FailureStyles = memo(function FailureStyles() {
  const { failed, whatIf } = useFailedElements();
  const highlight = useImpact((s) => s.highlight);
  const design = useDesign((s) => (highlight ? s.design : null));
  const css = useMemo(() => {
    let out = rules(failed, 'outline:3px solid var(--error);outline-offset:1px', 'background:var(--failed-row);color:var(--error);text-decoration:line-through')
      + rules(whatIf, 'outline:3px dashed var(--error);outline-offset:2px', 'background:var(--failed-row);color:var(--error)');
    if (failed.size > 0) out += `${[...failed].map((id) => `${node(id)} > div::after`).join(',')}{content:'';position:absolute;inset:0;pointer-events:none;border-radius:inherit;background:var(--failed-cross)}\n`;
    if (highlight && design) {
      const lost = new Set(highlight.lost);
      const surviving = new Set(highlight.surviving);
      out += rules(lost, 'box-shadow:0 0 0 3px var(--path-lost)', 'box-shadow:inset 3px 0 0 var(--path-lost)');
      out += rules(surviving, 'box-shadow:0 0 0 3px var(--path-ok)', 'box-shadow:inset 3px 0 0 var(--path-ok)');
      const on = (set: Set<string>, a: string, b: string) => set.has(a) && set.has(b);
      const lostEdges: string[] = [];
      const okEdges: string[] = [];
      for (const c of designConnections(design)) {
        const a = c.sourceRow ?? c.source;
        const b = c.targetRow ?? c.target;
        if (on(surviving, a, b)) okEdges.push(c.id);
        else if (on(lost, a, b) || (lost.has(a) && surviving.has(b)) || (surviving.has(a) && lost.has(b))) lostEdges.push(c.id);
      }
      if (lostEdges.length) out += `${lostEdges.map((id) => `${edge(id)} path.react-flow__edge-path`).join(',')}{stroke:var(--path-lost)!important;stroke-width:3.5!important}\n`;
      if (okEdges.length) out += `${okEdges.map((id) => `${edge(id)} path.react-flow__edge-path`).join(',')}{stroke:var(--path-ok)!important;stroke-width:3.5!important;stroke-dasharray:none!important}\n`;
      if (lostEdges.length + okEdges.length) out += `.react-flow__edge path.react-flow__edge-path{opacity:.35}\n${[...lostEdges, ...okEdges].map((id) => `${edge(id)} path.react-flow__edge-path`).join(',')}{opacity:1}\n`;
    }
    return out;
  }, [failed, whatIf, highlight, design]);
  return css ? <style data-testid="failure-styles">{css}</style> : null;
});
