/**
 * Hand-written checks of a pod's long lists (racks, devices, side items, links), the loader's fast path: each element
 * is accepted only when the layout schema (`layoutSchema.ts`) would accept it, field for field (strict keys, the same
 * types, lengths, bounds, enums and port pattern), without building issues. Anything they do not accept goes to the
 * schema, which says what is wrong and where; a test holds the two to the same answers on valid and mutated files.
 * No zod here: a file that passes never needs the schema's element checks.
 */
import { MAX_GRID_COUNT, MAX_RACK_HEIGHT_U, POWER_SETTING_BOUNDS } from '../model/bounds';

/** A port reference's port: `<group name>/<index>`, index from 1, or one lane of a broken-out port `…/<index>:<lane>`. */
export const PORT_PATTERN = '^[^/].*/[1-9][0-9]*(:[1-9][0-9]*)?$';
const PORT = new RegExp(PORT_PATTERN);

/** Ids and skus: 1 to 100 characters (`idSchema`). */
export const MAX_ID_CHARS = 100;
/** Names shown to users: 1 to 200 characters (`nameSchema`). */
export const MAX_NAME_CHARS = 200;

/** What a pass over accepted elements counted, for the duplicate-key check (see `duplicateKeys.ts`). */
export interface Tally {
  /** Keys of every object passed, nested ones included. */
  keys: number;
  /** `:` characters inside the strings passed (keys and values). */
  colons: number;
}

/** A pass over list elements: the tally, and whether an element cannot be taken as it was parsed. */
export interface ListPass extends Tally {
  /**
   * Set when an accepted element's keys are not in the schema's order or it holds a -0: its list is then rebuilt
   * record by record (`canonicalLayout.ts`) instead of taken as parsed.
   */
  rebuild: boolean;
}

type Rec = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `:` characters in `s`. */
export function colonsIn(s: string): number {
  let n = 0;
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) n++;
  return n;
}

/** A string of 1 to `max` characters; its colons are counted. */
function text(t: Tally, v: unknown, max: number): boolean {
  if (typeof v !== 'string' || v.length < 1 || v.length > max) return false;
  if (v.includes(':')) t.colons += colonsIn(v);
  return true;
}

const id = (t: Tally, v: unknown) => text(t, v, MAX_ID_CHARS);
const optionalName = (t: Tally, v: unknown) => v === undefined || text(t, v, MAX_NAME_CHARS);
const wholeIn = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const oneOf = (v: unknown, a: string, b: string) => v === a || v === b;

/** A record's keys in the schema's order, each to its place. */
const keyOrder = (...keys: readonly string[]): ReadonlyMap<string, number> =>
  new Map(keys.map((k, i) => [k, i]));

/**
 * Counts the own keys of `r` into `t` and says whether each is one of `order`'s (strict objects); one out of order
 * sets `t.rebuild`. JSON.parse gives plain objects, so `for…in` sees only their own keys, in the file's order.
 */
function onlyKeys(t: ListPass, r: Rec, order: ReadonlyMap<string, number>): boolean {
  let last = -1;
  for (const key in r) {
    const at = order.get(key);
    if (at === undefined) return false;
    if (at < last) t.rebuild = true;
    last = at;
    t.keys++;
  }
  return true;
}

/** A whole number from `min` to `max`; a -0 sets `t.rebuild` (the rebuilt record holds 0). */
function whole(t: ListPass, v: unknown, min: number, max: number): boolean {
  if (!wholeIn(v, min, max)) return false;
  if (Object.is(v, -0)) t.rebuild = true;
  return true;
}

const POSITION_KEYS = keyOrder('row', 'slot');
const RACK_KEYS = keyOrder('id', 'sku', 'name', 'position', 'rearDoor', 'powerScheme');
const DEVICE_KEYS = keyOrder('id', 'sku', 'rack', 'u', 'face', 'feed', 'name', 'powerFactor');
const SIDE_ITEM_KEYS = keyOrder('id', 'sku', 'rack', 'side', 'feed', 'name');
const LINK_KEYS = keyOrder('id', 'a', 'b');
const PORT_REF_KEYS = keyOrder('device', 'port');
const [PF_MIN, PF_MAX] = POWER_SETTING_BOUNDS.powerFactor;

function position(t: ListPass, v: unknown): boolean {
  return (
    isRecord(v) &&
    onlyKeys(t, v, POSITION_KEYS) &&
    whole(t, v['row'], 0, MAX_GRID_COUNT - 1) &&
    whole(t, v['slot'], 0, MAX_GRID_COUNT - 1)
  );
}

/** `rackSchema`. */
export function rackOk(t: ListPass, r: unknown): boolean {
  return (
    isRecord(r) &&
    onlyKeys(t, r, RACK_KEYS) &&
    id(t, r['id']) &&
    id(t, r['sku']) &&
    text(t, r['name'], MAX_NAME_CHARS) &&
    position(t, r['position']) &&
    (r['rearDoor'] === undefined || id(t, r['rearDoor'])) &&
    (r['powerScheme'] === undefined || oneOf(r['powerScheme'], '2N', 'N+1'))
  );
}

/** `deviceSchema`. */
export function deviceOk(t: ListPass, d: unknown): boolean {
  if (!isRecord(d) || !onlyKeys(t, d, DEVICE_KEYS)) return false;
  const pf = d['powerFactor'];
  // u is at least 1, so never -0; a powerFactor is at least 0.001.
  return (
    id(t, d['id']) &&
    id(t, d['sku']) &&
    id(t, d['rack']) &&
    wholeIn(d['u'], 1, MAX_RACK_HEIGHT_U) &&
    oneOf(d['face'], 'front', 'rear') &&
    (d['feed'] === undefined || oneOf(d['feed'], 'A', 'B')) &&
    optionalName(t, d['name']) &&
    (pf === undefined || (typeof pf === 'number' && pf >= PF_MIN && pf <= PF_MAX))
  );
}

/** `sideItemSchema`. */
export function sideItemOk(t: ListPass, s: unknown): boolean {
  return (
    isRecord(s) &&
    onlyKeys(t, s, SIDE_ITEM_KEYS) &&
    id(t, s['id']) &&
    id(t, s['sku']) &&
    id(t, s['rack']) &&
    oneOf(s['side'], 'left', 'right') &&
    oneOf(s['feed'], 'A', 'B') &&
    optionalName(t, s['name'])
  );
}

function portRef(t: ListPass, p: unknown): boolean {
  if (!isRecord(p) || !onlyKeys(t, p, PORT_REF_KEYS) || !id(t, p['device'])) return false;
  const port = p['port'];
  if (typeof port !== 'string' || port.length > MAX_ID_CHARS || !PORT.test(port)) return false;
  if (port.includes(':')) t.colons += colonsIn(port);
  return true;
}

/** `linkSchema`. */
export function linkOk(t: ListPass, l: unknown): boolean {
  return (
    isRecord(l) && onlyKeys(t, l, LINK_KEYS) && id(t, l['id']) && portRef(t, l['a']) && portRef(t, l['b'])
  );
}
