/**
 * Rack elevations for the printable quote: the standalone SVG of `elevationSvg.ts` (front and rear, U numbers,
 * device names), with a caption and buttons to save it as SVG or PNG (hidden in print).
 */
import type { Catalog, Layout, RackPlacement } from '../../core';
import { downloadText } from '../download';
import { rackElevationSvg } from './elevationSvg';
import { downloadSvgAsPng } from './svgToPng';

export function RackElevationSvg({
  layout,
  catalog,
  rack,
}: {
  readonly layout: Layout;
  readonly catalog: Catalog;
  readonly rack: RackPlacement;
}) {
  const drawing = rackElevationSvg(layout, catalog, rack);
  const door = rack.rearDoor ? (catalog.items.get(rack.rearDoor)?.name ?? rack.rearDoor) : null;
  const pdus = layout.sideItems.filter((s) => s.rack === rack.id).length;
  const stem = `${layout.name}-${rack.name}`.replace(/[^\w.-]+/g, '_');
  return (
    <figure className="elevation-figure" data-rack={rack.name}>
      <div className="elevation-svg" dangerouslySetInnerHTML={{ __html: drawing.svg }} />
      <figcaption>
        <strong>{rack.name}</strong>
        {pdus > 0 && ` · ${pdus} 0U PDU${pdus === 1 ? '' : 's'}`}
        {door && ` · rear door: ${door}`}
        <span className="no-print elevation-exports">
          <button
            type="button"
            data-testid={`elevation-svg-${rack.name}`}
            onClick={() => downloadText(`${stem}.svg`, drawing.svg, 'image/svg+xml')}
          >
            SVG
          </button>
          <button type="button" onClick={() => void downloadSvgAsPng(drawing, `${stem}.png`)}>
            PNG
          </button>
        </span>
      </figcaption>
    </figure>
  );
}
