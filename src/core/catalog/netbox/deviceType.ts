/**
 * A NetBox device type read from its YAML value: the required fields checked strictly (a file without them is
 * rejected), every optional field read leniently (a bad optional value is dropped with a note, and the item built
 * from it says the figure is missing). Follows `schema/devicetype.json` and `components.json` of
 * netbox-community/devicetype-library (see shared/devicetypes/README.md §2).
 */
import { MAX_ITEM_POWER_W, MAX_RACK_HEIGHT_U } from '../../model/bounds';
import type { Result } from '../../model/result';
import { err, ok } from '../../model/result';

export interface NbPowerPort {
  readonly name: string;
  readonly type: string | null;
  /** W per inlet (NetBox: "Maximum power draw (watts)"); null when absent or unusable. */
  readonly maximumDraw: number | null;
  /** W per inlet; null when absent or unusable. */
  readonly allocatedDraw: number | null;
}

export interface NbPowerOutlet {
  readonly name: string;
  readonly type: string | null;
  readonly powerPort: string | null;
  readonly feedLeg: 'A' | 'B' | 'C' | null;
  readonly description: string | null;
}

export interface NbInterface {
  readonly name: string;
  readonly type: string | null;
  readonly mgmtOnly: boolean;
  readonly description: string | null;
}

export interface NbBay {
  readonly name: string;
  readonly position: string | null;
  readonly description: string | null;
}

export interface NbDeviceType {
  readonly manufacturer: string;
  readonly model: string;
  readonly slug: string;
  readonly partNumber: string | null;
  /** Rack units, a multiple of 0.5 (0 = 0U). */
  readonly uHeight: number;
  readonly isFullDepth: boolean;
  readonly airflow: string | null;
  /** In `weightUnit`; null when absent or unusable. */
  readonly weight: number | null;
  readonly weightUnit: string | null;
  readonly subdeviceRole: 'parent' | 'child' | null;
  /** `false`: draws no power by design. Null when the file does not say. */
  readonly isPowered: boolean | null;
  readonly description: string | null;
  readonly comments: string | null;
  readonly powerPorts: readonly NbPowerPort[];
  readonly powerOutlets: readonly NbPowerOutlet[];
  readonly interfaces: readonly NbInterface[];
  readonly moduleBays: readonly NbBay[];
  readonly deviceBays: readonly NbBay[];
  readonly consolePorts: number;
  readonly consoleServerPorts: number;
}

export interface ParsedDeviceType {
  readonly deviceType: NbDeviceType;
  /** Optional fields that were present but unusable, by YAML key: the message says what was wrong. */
  readonly invalid: ReadonlyMap<string, string>;
  /** Values read with a lenient conversion (`u_height: "2.0"` as 2), as `field: how`. */
  readonly coerced: readonly string[];
  /** Harmless observations: unknown keys, dropped components. */
  readonly notes: readonly string[];
}

/** Top-level keys of the device-type schema (snapshot and newer upstream versions). */
const KNOWN_KEYS = new Set([
  'manufacturer',
  'model',
  'slug',
  'part_number',
  'u_height',
  'exclude_from_utilization',
  'is_full_depth',
  'airflow',
  'weight',
  'weight_unit',
  'subdevice_role',
  'is_powered',
  'front_image',
  'rear_image',
  'description',
  'comments',
  'console-ports',
  'console-server-ports',
  'power-ports',
  'power-outlets',
  'interfaces',
  'front-ports',
  'rear-ports',
  'module-bays',
  'device-bays',
  'inventory-items',
]);

const AIRFLOWS = new Set([
  'front-to-rear',
  'rear-to-front',
  'left-to-right',
  'right-to-left',
  'side-to-rear',
  'rear-to-side',
  'bottom-to-top',
  'top-to-bottom',
  'passive',
  'mixed',
]);
const WEIGHT_UNITS = new Set(['kg', 'g', 'lb', 'oz']);
const SLUG_PATTERN = /^[-a-z0-9_]+$/;

type Obj = Readonly<Record<string, unknown>>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Builds a typed device type from a parsed YAML value, or the reason it is not a usable device type. */
export function readDeviceType(value: unknown): Result<ParsedDeviceType, string> {
  if (!isObject(value)) {
    return err(`the document is ${describe(value)}, not a mapping of device-type fields`);
  }
  const invalid = new Map<string, string>();
  const coerced: string[] = [];
  const notes: string[] = [];

  const requiredString = (key: string): Result<string, string> => {
    const v = value[key];
    if (v === undefined || v === null) return err(`${key}: required field missing`);
    if (typeof v === 'number') {
      coerced.push(`${key}: read from the number ${v}`);
      return ok(String(v));
    }
    if (typeof v !== 'string' || v.trim() === '')
      return err(`${key}: expected a non-empty string, got ${describe(v)}`);
    return ok(v.trim());
  };

  const manufacturer = requiredString('manufacturer');
  if (!manufacturer.ok) return manufacturer;
  const model = requiredString('model');
  if (!model.ok) return model;
  const slug = requiredString('slug');
  if (!slug.ok) return slug;
  if (!SLUG_PATTERN.test(slug.value)) {
    return err(`slug: '${slug.value}' does not match ^[-a-z0-9_]+$ (the slug becomes the catalog SKU)`);
  }

  const uRaw = value['u_height'];
  if (uRaw === undefined || uRaw === null) return err('u_height: required field missing');
  const u = toNumber(uRaw);
  if (u === null) return err(`u_height: expected a number, got ${describe(uRaw)}`);
  if (typeof uRaw === 'string') coerced.push(`uHeight: read from the string '${uRaw}'`);
  if (u < 0) return err(`u_height: ${u} is negative`);
  if (u > MAX_RACK_HEIGHT_U)
    return err(`u_height: ${u} U is taller than any rack (podplan takes at most ${MAX_RACK_HEIGHT_U} U)`);
  if (Math.abs(u * 2 - Math.round(u * 2)) > 1e-9) return err(`u_height: ${u} is not a multiple of 0.5`);

  const fdRaw = value['is_full_depth'];
  if (fdRaw === undefined || fdRaw === null) return err('is_full_depth: required field missing');
  const fullDepth = toBoolean(fdRaw);
  if (fullDepth === null) return err(`is_full_depth: expected true or false, got ${describe(fdRaw)}`);
  if (typeof fdRaw !== 'boolean') coerced.push(`fullDepth: read from '${String(fdRaw)}'`);

  for (const key of Object.keys(value)) {
    if (!KNOWN_KEYS.has(key)) notes.push(`unknown top-level key '${key}' ignored`);
  }

  const optionalString = (key: string): string | null => {
    const v = value[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v.trim() === '' ? null : v;
    if (typeof v === 'number') return String(v);
    invalid.set(key, `${key}: expected text, got ${describe(v)}`);
    return null;
  };

  const optionalEnum = (key: string, allowed: ReadonlySet<string>): string | null => {
    const v = value[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string' && allowed.has(v)) return v;
    invalid.set(key, `${key}: ${describe(v)} is not one of ${[...allowed].join(', ')}`);
    return null;
  };

  let weight: number | null = null;
  const wRaw = value['weight'];
  if (wRaw !== undefined && wRaw !== null) {
    const w = toNumber(wRaw);
    // `multipleOf: 0.01` is not checked: binary floats make 19.4 fail it (README §5.9) and it says nothing useful.
    if (w === null || w < 0) invalid.set('weight', `weight: ${describe(wRaw)} is not a non-negative number`);
    else {
      weight = w;
      if (typeof wRaw === 'string') coerced.push(`weightKg: weight read from the string '${wRaw}'`);
    }
  }

  let isPowered: boolean | null = null;
  if (value['is_powered'] !== undefined && value['is_powered'] !== null) {
    isPowered = toBoolean(value['is_powered']);
    if (isPowered === null)
      invalid.set('is_powered', `is_powered: ${describe(value['is_powered'])} is not a boolean`);
  }

  const role = optionalEnum('subdevice_role', new Set(['parent', 'child']));

  const deviceType: NbDeviceType = {
    manufacturer: manufacturer.value,
    model: model.value,
    slug: slug.value,
    partNumber: optionalString('part_number'),
    uHeight: u,
    isFullDepth: fullDepth,
    airflow: optionalEnum('airflow', AIRFLOWS),
    weight,
    weightUnit: optionalEnum('weight_unit', WEIGHT_UNITS),
    subdeviceRole: role === 'parent' || role === 'child' ? role : null,
    isPowered,
    description: optionalString('description'),
    comments: optionalString('comments'),
    powerPorts: components(value, 'power-ports', notes, invalid, (c, name) => ({
      name,
      type: str(c['type']),
      maximumDraw: draw(c['maximum_draw'], `power-ports '${name}' maximum_draw`, notes),
      allocatedDraw: draw(c['allocated_draw'], `power-ports '${name}' allocated_draw`, notes),
    })),
    powerOutlets: components(value, 'power-outlets', notes, invalid, (c, name) => {
      const leg = c['feed_leg'];
      return {
        name,
        type: str(c['type']),
        powerPort: str(c['power_port']),
        feedLeg: leg === 'A' || leg === 'B' || leg === 'C' ? leg : null,
        description: str(c['description']),
      };
    }),
    interfaces: components(value, 'interfaces', notes, invalid, (c, name) => ({
      name,
      type: str(c['type']),
      mgmtOnly: c['mgmt_only'] === true,
      description: str(c['description']),
    })),
    moduleBays: components(value, 'module-bays', notes, invalid, bay),
    deviceBays: components(value, 'device-bays', notes, invalid, bay),
    consolePorts: components(value, 'console-ports', notes, invalid, (_c, name) => name).length,
    consoleServerPorts: components(value, 'console-server-ports', notes, invalid, (_c, name) => name).length,
  };
  return ok({ deviceType, invalid, coerced, notes });
}

function bay(c: Obj, name: string): NbBay {
  return { name, position: str(c['position']), description: str(c['description']) };
}

/** Reads a component list: entries that are not mappings with a name are dropped with a note. */
function components<T>(
  value: Obj,
  key: string,
  notes: string[],
  invalid: Map<string, string>,
  read: (c: Obj, name: string) => T,
): T[] {
  const list = value[key];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    invalid.set(key, `${key}: expected a list, got ${describe(list)}`);
    notes.push(`${key}: expected a list, got ${describe(list)}; ignored`);
    return [];
  }
  const out: T[] = [];
  let dropped = 0;
  for (const entry of list as unknown[]) {
    if (!isObject(entry)) {
      dropped++;
      continue;
    }
    const name = entry['name'];
    const nameText = typeof name === 'string' ? name : typeof name === 'number' ? String(name) : null;
    if (nameText === null) {
      dropped++;
      continue;
    }
    out.push(read(entry, nameText));
  }
  if (dropped > 0) notes.push(`${key}: ${dropped} entr${dropped === 1 ? 'y' : 'ies'} without a name ignored`);
  return out;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return null;
}

/** A draw in W: a positive number (NetBox's validator says ≥ 1); anything else is dropped with a note. */
function draw(v: unknown, what: string, notes: string[]): number | null {
  if (v === undefined || v === null) return null;
  const n = toNumber(v);
  if (n === null || n <= 0) {
    notes.push(`${what}: ${describe(v)} is not a positive number; ignored`);
    return null;
  }
  if (n > MAX_ITEM_POWER_W) {
    notes.push(`${what}: ${n} W is more than any item draws (at most ${MAX_ITEM_POWER_W} W); ignored`);
    return null;
  }
  return n;
}

/** Numbers, and numeric strings such as "2.0" (YAML files sometimes quote them). */
export function toNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/.test(v)) return Number(v);
  return null;
}

/** Booleans, and the YAML 1.1 words PyYAML (which the upstream library is checked with) reads as booleans. */
function toBoolean(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true' || s === 'yes' || s === 'on') return true;
    if (s === 'false' || s === 'no' || s === 'off') return false;
  }
  return null;
}

/** A short description of a value for messages. */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  return String(v);
}
