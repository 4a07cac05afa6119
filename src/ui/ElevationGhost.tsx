/** The drop ghost on one face of the elevation: the exact span, and whether the drop fits, is refused or is allowed with new errors. */
import type { Face } from '../core';
import { isFullDepth, uHeightOf } from '../core';
import { useEditor } from '../state/editorContext';
import { ghostLine, ghostTextOf } from '../state/ghostText';
import { selectCatalog } from '../state/selectors';
import { U_PX } from './elevationMetrics';
import './placement.css';

interface Props {
  readonly rackId: string;
  readonly heightU: number;
  readonly face: Face;
}

const TONE_WORD = { ok: 'fits', warn: 'allowed, with errors', refused: 'refused' } as const;

export function ElevationGhost({ rackId, heightU, face }: Props) {
  const preview = useEditor((s) => s.session.preview);
  const catalog = useEditor(selectCatalog);
  if (!preview || preview.target.kind !== 'slot' || preview.target.rack !== rackId) return null;
  const placed = preview.candidate.devices.find((d) => d.id === preview.subjectId);
  const item = placed ? catalog.items.get(placed.sku) : undefined;
  if (!placed || !item) return null;
  if (placed.face !== face && !isFullDepth(item)) return null;
  const h = Math.max(uHeightOf(item), 0.5);
  const text = ghostTextOf(preview, catalog);
  const line = ghostLine(text);
  return (
    <div
      className={`ghost ${text.tone}`}
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
      {h >= 2 && <span className="ghost-why">{text.verdict}</span>}
    </div>
  );
}
