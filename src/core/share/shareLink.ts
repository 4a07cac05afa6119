/**
 * Share links: a layout (with its quote and, unless left out, its scenarios) in the URL fragment, `#pod=2.<payload>`.
 * The payload is base64url of raw-deflated compact JSON followed by the CRC-32 of those deflated bytes, checked
 * before anything is inflated: a CRC-32 catches every burst of up to 32 changed bits, so any one edited character is
 * refused, always. Catalog items identical to a built-in item travel as its SKU. The decoded layout then passes the
 * same loader as a file, so a link can never yield a layout the loader would refuse. Links of the first format
 * (`#pod=1.`, zlib with its Adler-32) still open. The fragment never reaches a server.
 */
import { deflateSync, inflateSync, strFromU8, strToU8, unzlibSync } from 'fflate';
import { BUILTIN_ITEMS } from '../catalog/builtin';
import type { CatalogItem } from '../model/catalog';
import type { Layout } from '../model/layout';
import type { InputIssue, Result } from '../model/result';
import { err, ok } from '../model/result';
import { canonicalLayout } from '../schema/canonicalLayout';
import { loadLayout, MAX_LAYOUT_ISSUES } from '../schema/loadLayout';
import { readJsonText } from '../schema/readJson';
import { decodeBase64url, encodeBase64url } from './base64url';
import { crc32 } from './crc32';

/** The fragment key and current format version. */
export const SHARE_PREFIX = 'pod=2.';
/** The first format: zlib-compressed canonical JSON. Still read, no longer written. */
export const SHARE_PREFIX_V1 = 'pod=1.';
/**
 * Longest fragment we hand out. Browsers take far longer URLs, but chat tools, mail clients and QR codes truncate
 * long links; past this the app offers the file export instead.
 */
export const MAX_SHARE_CHARS = 16_384;
/** Inflated payloads larger than this are refused (a link of 32 K characters never holds more than a few MB). */
const MAX_INFLATED_BYTES = 32 * 1024 * 1024;

/** What makes a link big: one part of the layout and about how many link characters it takes. */
export interface SharePart {
  readonly part: 'scenarios' | 'links' | 'devices' | 'catalogItems' | 'racks and floor' | 'quote and prices';
  readonly chars: number;
}

export type ShareEncodeError = {
  readonly kind: 'tooLong';
  readonly chars: number;
  readonly limit: number;
  /** The parts of the layout by the link characters they take, largest first. */
  readonly parts: readonly SharePart[];
};

export interface ShareOptions {
  /** Leave the saved scenarios out of the link (default: include them). */
  readonly scenarios?: boolean;
}

let builtinBySku: ReadonlyMap<string, string> | undefined;
/** Each built-in item's canonical JSON by SKU, to recognise copies of built-in items in a layout. */
const builtinJson = (): ReadonlyMap<string, string> =>
  (builtinBySku ??= new Map(BUILTIN_ITEMS.map((item) => [item.sku, JSON.stringify(item)])));

/** The layout as link JSON: catalog items that equal a built-in item become its SKU. */
function linkJson(layout: Layout, options: ShareOptions): string {
  const { scenarios, activeScenario, ...rest } = canonicalLayout(layout);
  const keep = options.scenarios !== false;
  const data = {
    ...rest,
    ...(keep && scenarios !== undefined && { scenarios }),
    ...(keep && activeScenario !== undefined && { activeScenario }),
  };
  const items = data.catalogItems?.map((item) =>
    builtinJson().get(item.sku) === JSON.stringify(item) ? item.sku : item,
  );
  return JSON.stringify(items === undefined ? data : { ...data, catalogItems: items });
}

function pack(json: string): string {
  const deflated = deflateSync(strToU8(json), { level: 9 });
  const framed = new Uint8Array(deflated.length + 4);
  framed.set(deflated);
  new DataView(framed.buffer).setUint32(deflated.length, crc32(deflated), true);
  return SHARE_PREFIX + encodeBase64url(framed);
}

/** About how many link characters each part of the layout takes (each part compressed alone). */
function partsOf(layout: Layout, options: ShareOptions): SharePart[] {
  const size = (value: unknown): number =>
    value === undefined ? 0 : Math.ceil((deflateSync(strToU8(JSON.stringify(value))).length * 4) / 3);
  const parts: SharePart[] = [
    { part: 'scenarios', chars: options.scenarios === false ? 0 : size(layout.scenarios) },
    { part: 'links', chars: size(layout.links) },
    { part: 'devices', chars: size([layout.devices, layout.sideItems]) },
    { part: 'catalogItems', chars: size(layout.catalogItems) },
    { part: 'racks and floor', chars: size([layout.racks, layout.floorUnits, layout.floor, layout.limits]) },
    { part: 'quote and prices', chars: size([layout.quote, layout.prices]) },
  ];
  return parts.filter((p) => p.chars > 0).sort((a, b) => b.chars - a.chars);
}

/** Encodes a layout as a URL fragment (without `#`), or says why not and what makes it big. */
export function encodeShareFragment(
  layout: Layout,
  options: ShareOptions = {},
): Result<string, ShareEncodeError> {
  const fragment = pack(linkJson(layout, options));
  if (fragment.length > MAX_SHARE_CHARS)
    return err({
      kind: 'tooLong',
      chars: fragment.length,
      limit: MAX_SHARE_CHARS,
      parts: partsOf(layout, options),
    });
  return ok(fragment);
}

const EDITED = 'this link is damaged or was edited: its checksum does not match (was it cut short?)';

/** The JSON text of a current-format payload, or why not. */
function unpackV2(bytes: Uint8Array): Result<string, string> {
  if (bytes.length < 5) return err(EDITED);
  const body = bytes.subarray(0, bytes.length - 4);
  const stated = new DataView(bytes.buffer, bytes.byteOffset + body.length, 4).getUint32(0, true);
  if (crc32(body) !== stated) return err(EDITED);
  try {
    const inflated = inflateSync(body);
    if (inflated.length > MAX_INFLATED_BYTES)
      return err('this link holds far more than podplan puts in a link');
    return ok(strFromU8(inflated));
  } catch {
    return err(EDITED);
  }
}

function unpackV1(bytes: Uint8Array): Result<string, string> {
  try {
    return ok(strFromU8(unzlibSync(bytes)));
  } catch {
    return err(EDITED);
  }
}

/** Puts built-in items back where the link holds only their SKU. */
function expandBuiltinRefs(value: unknown): Result<unknown, InputIssue[]> {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'catalogItems')) return ok(value);
  const items = (value as { catalogItems: unknown }).catalogItems;
  if (!Array.isArray(items) || !items.some((i) => typeof i === 'string')) return ok(value);
  const builtin = new Map<string, CatalogItem>(BUILTIN_ITEMS.map((i) => [i.sku, i]));
  const issues: InputIssue[] = [];
  const expanded = items.map((item: unknown, index) => {
    if (typeof item !== 'string') return item;
    const found = builtin.get(item);
    if (found === undefined)
      issues.push({
        path: `$.catalogItems[${index}]`,
        message: `no built-in catalog item has the SKU '${item}'`,
      });
    return found;
  });
  return issues.length > 0 ? err(issues) : ok({ ...value, catalogItems: expanded });
}

/** Decodes a fragment (with or without `#`). Every failure is a message, never an exception. */
export function decodeShareFragment(fragment: string): Result<Layout, InputIssue[]> {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const fail = (message: string) => err([{ path: '$', message }]);
  if (!f.startsWith('pod=')) return fail('this link does not hold a podplan layout');
  const v2 = f.startsWith(SHARE_PREFIX);
  if (!v2 && !f.startsWith(SHARE_PREFIX_V1))
    return fail('this link was made by a newer podplan (unknown link format)');
  if (f.length > MAX_SHARE_CHARS * 2)
    return fail('this link is far longer than podplan makes; it was altered');
  const bytes = decodeBase64url(f.slice(SHARE_PREFIX.length));
  if (!bytes) return fail('this link is damaged: it holds characters a podplan link never has');
  const json = v2 ? unpackV2(bytes) : unpackV1(bytes);
  if (!json.ok) return fail(json.error);
  const value = readJsonText(json.value, 'a podplan layout', MAX_LAYOUT_ISSUES);
  if (!value.ok) return value;
  const expanded = expandBuiltinRefs(value.value);
  return expanded.ok ? loadLayout(expanded.value) : err(expanded.error);
}
