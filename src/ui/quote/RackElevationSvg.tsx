/**
 * Rack elevations for the printable quote: each rack's front and rear as a small SVG, devices drawn at their U with
 * their kind's colour and name. Print-friendly (vector, no 3D), and read from the layout, not the scene.
 */
import type { Catalog, Layout, RackPlacement } from '../../core';
import { isFullDepth, uHeightOf } from '../../core';
import { KIND_COLOURS_CSS } from '../kindColours';

const U_PX = 7;
const FACE_W = 96;
const GAP = 10;
const TOP = 16;

function Face({
  layout,
  catalog,
  rack,
  face,
  heightU,
  x,
}: {
  readonly layout: Layout;
  readonly catalog: Catalog;
  readonly rack: RackPlacement;
  readonly face: 'front' | 'rear';
  readonly heightU: number;
  readonly x: number;
}) {
  const devices = layout.devices.filter((d) => {
    if (d.rack !== rack.id) return false;
    const item = catalog.items.get(d.sku);
    return d.face === face || (item !== undefined && isFullDepth(item));
  });
  const bottom = TOP + heightU * U_PX;
  return (
    <g>
      <text x={x + FACE_W / 2} y={TOP - 5} textAnchor="middle" className="elev-face">
        {face}
      </text>
      <rect x={x} y={TOP} width={FACE_W} height={heightU * U_PX} className="elev-frame" />
      {devices.map((d) => {
        const item = catalog.items.get(d.sku);
        const h = item ? Math.max(0.5, uHeightOf(item)) : 1;
        const y = bottom - (d.u - 1 + h) * U_PX;
        const own = d.face === face;
        const label = d.name ?? item?.name ?? d.sku;
        return (
          <g key={d.id}>
            <rect
              x={x + 1}
              y={y + 0.5}
              width={FACE_W - 2}
              height={h * U_PX - 1}
              fill={item ? KIND_COLOURS_CSS[item.kind] : '#999'}
              opacity={own ? 1 : 0.35}
            >
              <title>{`${label}, U${d.u}${h > 1 ? `–U${d.u + Math.ceil(h) - 1}` : ''} ${d.face}`}</title>
            </rect>
            {own && h * U_PX >= 9 && (
              <text x={x + 4} y={y + Math.min(h * U_PX, 14) / 2 + 3.5} className="elev-label">
                {label.length > 16 ? `${label.slice(0, 15)}…` : label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

export function RackElevationSvg({
  layout,
  catalog,
  rack,
}: {
  readonly layout: Layout;
  readonly catalog: Catalog;
  readonly rack: RackPlacement;
}) {
  const item = catalog.items.get(rack.sku);
  const heightU = item?.kind === 'rack' ? item.heightU : 42;
  const width = FACE_W * 2 + GAP;
  const height = TOP + heightU * U_PX + 2;
  const door = rack.rearDoor ? (catalog.items.get(rack.rearDoor)?.name ?? rack.rearDoor) : null;
  const pdus = layout.sideItems.filter((s) => s.rack === rack.id).length;
  return (
    <figure className="elevation-figure" data-rack={rack.name}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Rack ${rack.name} elevation, front and rear`}
      >
        <Face layout={layout} catalog={catalog} rack={rack} face="front" heightU={heightU} x={0} />
        <Face layout={layout} catalog={catalog} rack={rack} face="rear" heightU={heightU} x={FACE_W + GAP} />
      </svg>
      <figcaption>
        <strong>{rack.name}</strong> · {heightU} U{pdus > 0 && ` · ${pdus} 0U PDU${pdus === 1 ? '' : 's'}`}
        {door && ` · rear door: ${door}`}
      </figcaption>
    </figure>
  );
}
