/**
 * Layout files as written to disk: canonical JSON, so that saving an unchanged layout gives the same bytes and diffs
 * between versions of a file show only what changed.
 *
 * Autosave writes the whole pod after every edit, so the big lists (racks, devices, side items, links) are written
 * from a per-record cache: records are immutable, an edit replaces only the records it touches, and the text of every
 * other record is reused. The bytes are exactly those of `JSON.stringify(canonicalLayout(layout), null, 2)` (tested,
 * including over random layouts); a 20,000-device pod is written in a few milliseconds after one edit instead of
 * being stringified whole.
 */
import type { Layout } from '../model/layout';
import {
  canonicalDevice,
  canonicalLayout,
  canonicalLink,
  canonicalRack,
  canonicalSideItem,
} from './canonicalLayout';

type ListKey = 'racks' | 'devices' | 'sideItems' | 'links';

/** Each top-level list with the canonical form of one of its records. */
const LISTS: readonly (readonly [ListKey, (record: never) => unknown])[] = [
  ['racks', canonicalRack],
  ['devices', canonicalDevice],
  ['sideItems', canonicalSideItem],
  ['links', canonicalLink],
];

/** A top-level list's elements sit at depth 2: every line of an element's own text is indented by 4 more spaces. */
const ELEMENT_BREAK = '\n    ';

/** Record → its canonical text as an element of a top-level list. One map per list (records are not shared). */
const elementTexts = new Map<ListKey, WeakMap<object, string>>(LISTS.map(([k]) => [k, new WeakMap()]));

function listText(key: ListKey, canonical: (record: never) => unknown, records: readonly object[]): string {
  if (records.length === 0) return '[]';
  const cache = elementTexts.get(key) as WeakMap<object, string>;
  const parts = new Array<string>(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as object;
    let text = cache.get(record);
    if (text === undefined) {
      text = JSON.stringify(canonical(record as never), null, 2).replaceAll('\n', ELEMENT_BREAK);
      cache.set(record, text);
    }
    parts[i] = text;
  }
  return `[${ELEMENT_BREAK}${parts.join(`,${ELEMENT_BREAK}`)}\n  ]`;
}

/** Stands in for a list in the document's text; a string no JSON text of a layout can hold twice. */
const marker = (key: ListKey): string => `\u0000podplan-list:${key}\u0000`;

/**
 * The layout as canonical JSON text: keys in schema order, 2-space indent, trailing newline, absent optional fields
 * left out. `parseLayoutJson(serializeLayout(layout))` gives back a layout deep-equal to `layout`.
 */
export function serializeLayout(layout: Layout): string {
  const shell: Record<string, unknown> = {
    ...canonicalLayout({ ...layout, racks: [], devices: [], sideItems: [], links: [] }),
  };
  for (const [key] of LISTS) shell[key] = marker(key);
  const text = JSON.stringify(shell, null, 2);
  // Where each list goes, found in the shell's text only (never in the records' text put in its place).
  const spots: { readonly at: number; readonly end: number; readonly list: string }[] = [];
  for (const [key, canonical] of LISTS) {
    const quoted = JSON.stringify(marker(key));
    const at = text.indexOf(quoted);
    // A name or note that spells a marker (it would need NUL characters) takes the plain path.
    if (at < 0 || text.indexOf(quoted, at + 1) >= 0) return serializeWhole(layout);
    spots.push({ at, end: at + quoted.length, list: listText(key, canonical, layout[key]) });
  }
  spots.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const spot of spots) {
    out += text.slice(from, spot.at) + spot.list;
    from = spot.end;
  }
  return `${out}${text.slice(from)}\n`;
}

/** The same text, stringified whole (the reference the cached path is tested against). */
export function serializeWhole(layout: Layout): string {
  return `${JSON.stringify(canonicalLayout(layout), null, 2)}\n`;
}
