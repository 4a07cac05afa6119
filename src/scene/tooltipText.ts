/** What the hover tooltip says about a record: its name, model and figures, every number with its unit. */
import type { Report } from '../core';
import { findRecord } from '../core';
import type { EditorState } from '../state/editorStore';
import { rackFiguresById, selectCatalog } from '../state/selectors';
import type { SelectionRef } from '../state/session';
import { keyFigures, kg, kw, uText } from '../ui/format';

export interface TooltipText {
  readonly title: string;
  readonly lines: readonly string[];
}

export function tooltipFor(state: EditorState, report: Report, ref: SelectionRef): TooltipText | null {
  const found = findRecord(state.layout, ref);
  if (!found) return null;
  const item = selectCatalog(state).items.get(found.record.sku);
  const model = item?.name ?? found.record.sku;
  if (found.kind === 'rack') {
    const r = rackFiguresById(report).get(found.record.id);
    return {
      title: `Rack ${found.record.name}`,
      lines: [
        model,
        r ? `${uText(r.usedU)} of ${uText(r.heightU)} used · ${r.gpus} GPUs` : '',
        r ? `${kw(r.kwMax)} max · ${kw(r.oneFeedLostKw)} usable with one feed lost` : '',
        r ? `${kg(r.weightKg)} of ${kg(r.staticLoadKg)} rating` : '',
      ].filter(Boolean),
    };
  }
  const figures = item ? keyFigures(item).join(' · ') : '';
  if (found.kind === 'device') {
    const d = found.record;
    return {
      title: d.name ?? d.id,
      lines: [model, figures, `U${d.u} ${d.face}${d.feed ? ` · feed ${d.feed}` : ''}`],
    };
  }
  if (found.kind === 'side') {
    const s = found.record;
    return { title: s.name ?? s.id, lines: [model, figures, `${s.side} side channel · feed ${s.feed}`] };
  }
  return { title: found.record.name ?? found.record.id, lines: [model, figures] };
}
