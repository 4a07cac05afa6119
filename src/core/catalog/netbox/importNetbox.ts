/**
 * NetBox device-type YAML → podplan catalog items, with a report that puts every file in exactly one bucket. Pure:
 * the caller reads the files (the CLI walks a folder; the app reads dropped files) and passes their text.
 */
import type { Cdu, CatalogItem, Pdu, Ups } from '../../model/catalog';
import { checkCatalogItem } from '../customCatalog/loadCatalog';
import { sku as toSku } from '../../model/ids';
import type { BuildContext, ItemSpecific } from './buildContext';
import { mapAirflow } from './buildContext';
import { buildCdu } from './buildCdu';
import type { ItGearSpecific } from './buildItGear';
import { buildItGear } from './buildItGear';
import { buildPdu, buildUps } from './buildPowerGear';
import { classify } from './classify';
import { readDeviceType } from './deviceType';
import { Findings } from './findings';
import { parseSingleYamlDocument } from './parseYaml';
import { tallyInterfaces } from './ports';
import type {
  NetboxFallbacks,
  NetboxImportedEntry,
  NetboxImportOptions,
  NetboxImportReport,
  NetboxRejectedEntry,
  SourceFile,
} from './types';
import { DEFAULT_FALLBACKS } from './types';

type Outcome =
  | { readonly ok: true; readonly entry: NetboxImportedEntry; readonly partial: boolean }
  | { readonly ok: false; readonly rejected: NetboxRejectedEntry };

/**
 * Imports NetBox device-type files. Never throws: a file that cannot be read as a device type is `rejected` with a
 * reason naming the field or YAML problem, and a later file whose SKU an earlier file already took is rejected as a
 * duplicate. Items with figures the user must fill in or confirm are `partial`; the rest are `imported`.
 */
export function importNetboxDeviceTypes(
  files: readonly SourceFile[],
  options: NetboxImportOptions = {},
): NetboxImportReport {
  const imported: NetboxImportedEntry[] = [];
  const partial: NetboxImportedEntry[] = [];
  const rejected: NetboxRejectedEntry[] = [];
  const fallbacks = mergeFallbacks(options);
  const skuFiles = new Map<string, string>();
  const list: readonly unknown[] = Array.isArray(files) ? files : [];
  for (const raw of list) {
    const file = isSourceFile(raw)
      ? raw
      : { path: String((raw as { path?: unknown } | null)?.path ?? '?'), text: '' };
    let outcome: Outcome;
    try {
      outcome = isSourceFile(raw)
        ? importOne(file, options, fallbacks)
        : { ok: false, rejected: { file: file.path, reason: 'not a { path, text } file' } };
    } catch (e) {
      outcome = {
        ok: false,
        rejected: {
          file: file.path,
          reason: `internal error: ${e instanceof Error ? e.message : String(e)}`,
        },
      };
    }
    if (!outcome.ok) {
      rejected.push(outcome.rejected);
      continue;
    }
    const first = skuFiles.get(outcome.entry.sku);
    if (first !== undefined) {
      rejected.push({
        file: file.path,
        reason: `slug: duplicate SKU '${outcome.entry.sku}' (already imported from ${first})`,
      });
      continue;
    }
    skuFiles.set(outcome.entry.sku, file.path);
    (outcome.partial ? partial : imported).push(outcome.entry);
  }
  return { imported, partial, rejected };
}

function isSourceFile(v: unknown): v is SourceFile {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as SourceFile).path === 'string' &&
    typeof (v as SourceFile).text === 'string'
  );
}

function mergeFallbacks(options: NetboxImportOptions): NetboxFallbacks {
  const o = options.fallbacks;
  if (!o) return DEFAULT_FALLBACKS;
  return {
    wattsPerU: { ...DEFAULT_FALLBACKS.wattsPerU, ...o.wattsPerU },
    kgPerU: { ...DEFAULT_FALLBACKS.kgPerU, ...o.kgPerU },
    typicalFraction: o.typicalFraction ?? DEFAULT_FALLBACKS.typicalFraction,
  };
}

/** A manufacturer name as a slug: "Server Technology" → `server-technology`. */
export function manufacturerSlug(manufacturer: string): string {
  return manufacturer
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function importOne(file: SourceFile, options: NetboxImportOptions, fallbacks: NetboxFallbacks): Outcome {
  const reject = (reason: string): Outcome => ({ ok: false, rejected: { file: file.path, reason } });
  const yaml = parseSingleYamlDocument(file.text);
  if (!yaml.ok) return reject(yaml.error);
  const parsed = readDeviceType(yaml.value.value);
  if (!parsed.ok) return reject(parsed.error);
  const { deviceType: dt } = parsed.value;

  const f = new Findings();
  for (const c of parsed.value.coerced) f.inferred.push(c);
  for (const n of parsed.value.notes) f.note(n);
  for (const [, message] of parsed.value.invalid) f.note(`ignored: ${message}`);
  for (const key of yaml.value.repaired) {
    f.note(
      `${key}: multi-line quoted text starts lines at column 0 (PyYAML reads it, YAML 1.2 does not); re-indented`,
    );
  }

  const mfr = manufacturerSlug(dt.manufacturer);
  let sku = dt.slug;
  if (mfr !== '' && sku !== mfr && !sku.startsWith(`${mfr}-`)) {
    // Upstream slugs start with the manufacturer's; one that does not gets it, so vendors cannot collide.
    sku = `${mfr}-${dt.slug}`;
    f.infer('sku', `slug '${dt.slug}' prefixed with the manufacturer: ${sku}`);
  }

  const tally = tallyInterfaces(dt.interfaces);
  const cls = classify(dt, tally);
  f.inferred.push(cls.why);
  const ctx: BuildContext = { file: file.path, dt, parsed: parsed.value, tally, cls, f, fallbacks };

  let specific: ItGearSpecific | ItemSpecific<Pdu> | ItemSpecific<Ups> | ItemSpecific<Cdu>;
  let capacityW: number | null = null;
  switch (cls.kind) {
    case 'pdu': {
      const b = buildPdu(ctx);
      specific = b.item;
      capacityW = b.capacityW;
      break;
    }
    case 'ups': {
      const b = buildUps(ctx);
      specific = b.item;
      capacityW = b.capacityW;
      break;
    }
    case 'cdu':
      specific = buildCdu(ctx).item;
      break;
    default:
      specific = buildItGear(ctx);
  }

  f.missSilently('price');
  f.source('price', 'estimate', 'no price in NetBox: an example 0 USD until a price list sets it');
  const name = dt.model.toLowerCase().startsWith(dt.manufacturer.toLowerCase())
    ? dt.model
    : `${dt.manufacturer} ${dt.model}`;
  const license = options.license ?? 'CC0';
  const item: CatalogItem = {
    ...specific,
    sku: toSku(sku),
    name,
    vendor: dt.manufacturer,
    price: { amount: 0, currency: 'USD', example: true },
    provenance: {
      default: {
        grade: 'published',
        source: `${options.sourceName ?? 'NetBox devicetype-library'} ${file.path} (${license})`,
      },
      fields: { ...f.fields },
    },
    ...(dt.description !== null ? { description: dt.description } : {}),
    missing: [...f.missing],
    inferred: [...f.inferred],
  };

  // What the importer writes, the catalog loader must accept: an item outside the bounds of any catalog file (a
  // draw of 1e308 W from the file, say) is refused here, naming the field and the range.
  const problems = checkCatalogItem(item);
  if (problems.length > 0) {
    const first = problems[0]!;
    return reject(
      `${first.path.replace(/^\$\.?/, '')}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`,
    );
  }

  const grade = (field: string): string | undefined => f.fields[field]?.grade;
  const it = 'power' in item && 'thermal' in item ? item : null;
  const entry: NetboxImportedEntry = {
    file: file.path,
    sku,
    kind: item.kind,
    name,
    uHeight: dt.uHeight,
    fullDepth: dt.isFullDepth,
    weightKg: grade('weightKg') === 'estimate' ? null : item.weightKg,
    maxDrawW: it && grade('power.maxW') !== 'estimate' ? it.power.maxW : null,
    capacityW,
    airflow: it
      ? grade('thermal.airflow') === 'estimate'
        ? null
        : it.thermal.airflow
      : dt.airflow === null
        ? null
        : (mapAirflow(dt.airflow)?.direction ?? null),
    portsBySpeedGbps: tally.portsBySpeedGbps,
    missing: item.missing ?? [],
    inferred: item.inferred ?? [],
    reasons: [...f.reasons],
    notes: [...f.notes],
    item,
  };
  return { ok: true, entry, partial: f.incomplete };
}
