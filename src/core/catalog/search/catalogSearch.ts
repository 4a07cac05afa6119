/**
 * Catalog search: a query's words must each match something the item says about itself, not only its name. Port
 * speeds ("400G", "400gb", "800g"), GPU counts ("8 GPUs", "8gpu"), kinds and their plain words ("switch", "PDU",
 * "power shelf", "cooler"), vendors, SKUs, form factors and networks (compute, storage, oob) all match.
 */
import type { CatalogItem, CatalogKind } from '../../model/catalog';

/** Words people use for each kind, besides the kind's own id. */
const KIND_WORDS: Readonly<Record<CatalogKind, string>> = {
  rack: 'rack cabinet enclosure',
  server: 'server gpu compute node',
  switch: 'switch network fabric',
  rackmount: 'storage management appliance rackmount',
  pdu: 'pdu power distribution',
  'power-shelf': 'power shelf busbar',
  cdu: 'cdu coolant liquid cooling',
  rdhx: 'rdhx rear door heat exchanger cooling',
  'inrow-cooler': 'in-row inrow cooler air cooling',
  battery: 'battery storage megapack energy',
  ups: 'ups uninterruptible power',
  service: 'service installation support',
  transformer: 'transformer power chain',
  generator: 'generator genset backup power',
};

/** "400g 400gb 400gbe 400gb/s" for a 400 Gb/s port; "1.6t 1600g" for 1,600 Gb/s. */
function speedWords(gbps: number): string {
  const words = [`${gbps}g`, `${gbps}gb`, `${gbps}gbe`, `${gbps}gb/s`];
  if (gbps >= 1000) words.push(`${gbps / 1000}t`, `${gbps / 1000}tb`);
  return words.join(' ');
}

const textCache = new WeakMap<CatalogItem, string>();

/** Everything a search may match for an item, lower case (memoized per item). */
export function catalogSearchText(item: CatalogItem): string {
  const hit = textCache.get(item);
  if (hit !== undefined) return hit;
  const parts = [item.name, item.vendor, item.sku, item.kind, KIND_WORDS[item.kind], item.description ?? ''];
  if ('ports' in item) {
    for (const p of item.ports) parts.push(speedWords(p.speedGbps), p.formFactor, p.role);
  }
  if ('gpuCount' in item && item.gpuCount > 0)
    parts.push(`${item.gpuCount}gpu ${item.gpuCount}gpus ${item.gpuCount}xgpu gpu gpus`);
  if ('fabric' in item) parts.push(item.fabric);
  const text = parts.join(' ').toLowerCase();
  textCache.set(item, text);
  return text;
}

/**
 * The query's words, with "8 GPUs" and "400 G" joined into one word each so a space between the number and its
 * unit does not matter.
 */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/(\d)\s+(gpus?|g\b|gb\b|gbe\b|t\b|tb\b)/g, '$1$2')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * True when every word of the query appears in the item's search text. A word that starts with a digit must start
 * a word of the text, so "2gpu" does not find a 72-GPU rack and "40g" does not find 400G ports.
 */
export function matchesCatalogQuery(item: CatalogItem, words: readonly string[]): boolean {
  const text = catalogSearchText(item);
  return words.every((w) => {
    if (!/^\d/.test(w)) return text.includes(w);
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      const before = at === 0 ? ' ' : text.charAt(at - 1);
      const after = text.charAt(at + w.length);
      if (!/[a-z0-9.]/.test(before) && !/[0-9]/.test(after)) return true;
    }
    return false;
  });
}
