/** A plain floor plan for the proposal: the grid's rows and positions, racks and floor units named in their cells. */
import type { Catalog, Layout } from '../../core';
import { floorSpanOf } from '../../core';
import { KIND_COLOURS_CSS } from '../kindColours';

export function PrintFloorPlan({ layout, catalog }: { readonly layout: Layout; readonly catalog: Catalog }) {
  const f = layout.floor;
  const cell = Math.min(36, Math.floor(640 / Math.max(1, f.positionsPerRow)));
  const rowH = cell * 1.3;
  const width = f.positionsPerRow * cell + 2;
  const height = f.rows * rowH + 2;
  const items = [
    ...layout.racks.map((r) => ({ id: r.id, name: r.name, sku: r.sku, position: r.position })),
    ...layout.floorUnits.map((u) => ({ id: u.id, name: u.name ?? u.sku, sku: u.sku, position: u.position })),
  ];
  return (
    <svg
      className="print-floor-plan"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Floor plan"
    >
      {Array.from({ length: f.rows }, (_, row) => (
        <rect
          key={row}
          x={1}
          y={1 + row * rowH}
          width={width - 2}
          height={cell}
          fill="#f4f5f7"
          stroke="#c5cbd4"
        />
      ))}
      {items.map((it) => {
        const item = catalog.items.get(it.sku);
        const span = floorSpanOf(item, f.pitchMm);
        return (
          <g key={it.id}>
            <rect
              x={1 + it.position.slot * cell + 1}
              y={1 + it.position.row * rowH + 1}
              width={span * cell - 2}
              height={cell - 2}
              fill={item ? KIND_COLOURS_CSS[item.kind] : '#999'}
              fillOpacity={0.85}
            />
            <text
              x={1 + (it.position.slot + span / 2) * cell}
              y={1 + it.position.row * rowH + cell / 2 + 3}
              textAnchor="middle"
              fontSize={Math.min(9, cell / 3.2)}
              fill="#fff"
            >
              {it.name.slice(0, Math.max(3, Math.floor((span * cell) / 5)))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
