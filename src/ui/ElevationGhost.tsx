/**
 * The drop ghost on one face of the elevation: the exact span and whether the drop fits, is refused or is allowed
 * with new errors (first line), the item's short catalog name (second, from 2U), then why, wrapped over the lines
 * left (from 3U). Lines wrap instead of being cut; the full sentence is in the tooltip and the accessible name.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Face } from '../core';
import { isFullDepth, uHeightOf } from '../core';
import { useEditor } from '../state/editorContext';
import { ghostLine, ghostTextOf } from '../state/ghostText';
import { selectCatalog } from '../state/selectors';
import { elevationLabel } from './elevationLabel';
import { U_PX } from './elevationMetrics';
import './placement.css';

interface Props {
  readonly rackId: string;
  readonly heightU: number;
  readonly face: Face;
}

const TONE_WORD = { ok: 'fits', warn: 'allowed, with errors', refused: 'refused' } as const;
/** Ghost text line height, px (10 px font × 1.15). */
const LINE_PX = 11.5;

/** Clamps the reason to the whole lines left under the head and the name (however those wrapped), with an ellipsis. */
function useWholeLines(text: string) {
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.maxHeight = '';
    const fit = Math.max(0, Math.floor(el.clientHeight / LINE_PX));
    el.style.setProperty('-webkit-line-clamp', String(Math.max(1, fit)));
    el.style.maxHeight = `${fit * LINE_PX}px`;
  }, [text]);
  return ref;
}

export function ElevationGhost({ rackId, heightU, face }: Props) {
  const preview = useEditor((s) => s.session.preview);
  const catalog = useEditor(selectCatalog);
  const verdict = preview ? ghostTextOf(preview, catalog) : null;
  const reasonRef = useWholeLines(verdict ? `${verdict.where}|${verdict.tone}|${verdict.reason}` : '');
  if (!preview || preview.target.kind !== 'slot' || preview.target.rack !== rackId) return null;
  const placed = preview.candidate.devices.find((d) => d.id === preview.subjectId);
  const item = placed ? catalog.items.get(placed.sku) : undefined;
  if (!placed || !item) return null;
  if (placed.face !== face && !isFullDepth(item)) return null;
  const h = Math.max(uHeightOf(item), 0.5);
  const text = verdict!;
  const line = ghostLine(text);
  return (
    <div
      className={`ghost ${text.tone}${h < 3 ? ' short' : ''}`}
      style={{ top: (heightU - (placed.u + h - 1)) * U_PX, height: h * U_PX }}
      role="status"
      aria-label={line}
      title={line}
      data-tone={text.tone}
      data-testid={placed.face === face ? 'elevation-ghost' : undefined}
    >
      <span className="ghost-head">
        <strong>{text.span}</strong> {TONE_WORD[text.tone]}
      </span>
      {h >= 2 && <span className="ghost-name">{elevationLabel(placed, item).text}</span>}
      {h >= 3 && (
        <span className="ghost-why" ref={reasonRef}>
          {text.reason}
        </span>
      )}
    </div>
  );
}
