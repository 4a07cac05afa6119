/**
 * The NetBox device-type import report. Every input file lands in exactly one bucket: `imported` (complete apart
 * from its price), `partial` (usable, but with figures a user must fill in or confirm, each with a reason) or
 * `rejected` (not a usable device type, with a reason naming the file and field).
 */
import type { CatalogItem, CatalogKind } from '../../model/catalog';

/** One input file: its path (used in messages and provenance) and its UTF-8 text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** A summary of one imported or partial item, as printed by `podplan catalog import --json`. */
export interface NetboxItemSummary {
  readonly file: string;
  readonly sku: string;
  readonly kind: CatalogKind;
  readonly name: string;
  /** Rack units (0 for 0U). */
  readonly uHeight: number;
  readonly fullDepth: boolean;
  /** kg, from the file; null when the file gives none (the item then holds an estimate). */
  readonly weightKg: number | null;
  /** System-level maximum draw, W (not the sum of PSU ratings); null when only an estimate is known. */
  readonly maxDrawW: number | null;
  /** PDUs: input circuit VA (V × A, × √3 for three-phase); UPSes: output W. Null for other kinds or unknown. */
  readonly capacityW: number | null;
  /** podplan airflow direction read from the file; null when the file gives none or the kind has no airflow. */
  readonly airflow: string | null;
  /** Physical interfaces by speed in Gb/s (`{"400": 64, "1": 1}`); types podplan cannot map count under `other`. */
  readonly portsBySpeedGbps: Readonly<Record<string, number>>;
  /** Dotted field paths the user must still fill in or confirm (always includes `price`). */
  readonly missing: readonly string[];
  /** What the importer inferred rather than read, with how. */
  readonly inferred: readonly string[];
  /** One sentence per missing field (except `price`): why it is missing and which fallback the item holds. */
  readonly reasons: readonly string[];
  /** Harmless observations: ignored interfaces, unknown keys, bays. */
  readonly notes: readonly string[];
}

export interface NetboxImportedEntry extends NetboxItemSummary {
  readonly item: CatalogItem;
}

export interface NetboxRejectedEntry {
  readonly file: string;
  /** Names the field (or the YAML problem) that made the file unusable. */
  readonly reason: string;
}

export interface NetboxImportReport {
  readonly imported: readonly NetboxImportedEntry[];
  readonly partial: readonly NetboxImportedEntry[];
  readonly rejected: readonly NetboxRejectedEntry[];
}

/** Per-U fallbacks used when a file gives no power or weight. All are estimates and are marked as such. */
export interface NetboxFallbacks {
  /** Max draw per U, W, by class of device. */
  readonly wattsPerU: {
    readonly server: number;
    readonly gpuServer: number;
    readonly switch: number;
    readonly rackmount: number;
    readonly cdu: number;
  };
  /** Weight per U, kg, by class of device (0U items count as 1U). */
  readonly kgPerU: {
    readonly server: number;
    readonly gpuServer: number;
    readonly switch: number;
    readonly rackmount: number;
    readonly pdu: number;
    readonly ups: number;
    readonly cdu: number;
  };
  /** Typical draw as a fraction of max draw when the file gives no `allocated_draw`. */
  readonly typicalFraction: number;
}

export interface NetboxImportOptions {
  /** Names the data source in provenance; default `NetBox devicetype-library`. */
  readonly sourceName?: string;
  /** Licence label in provenance; default `CC0`. */
  readonly license?: string;
  /** Overrides of the default fallbacks. */
  readonly fallbacks?: {
    readonly wattsPerU?: Partial<NetboxFallbacks['wattsPerU']>;
    readonly kgPerU?: Partial<NetboxFallbacks['kgPerU']>;
    readonly typicalFraction?: number;
  };
}

/**
 * Default fallbacks. Power per U: 500 W/U for a CPU server (a 1U dual-socket server with 2 × 750–800 W PSUs in 1+1),
 * 1,250 W/U for a GPU server (DGX A100 6.5 kW / 6U ≈ 1.1 kW/U, DGX H100 10.2 kW / 8U ≈ 1.3 kW/U), 250 W/U for a
 * switch (a 1U 32 × 100G switch draws 350–650 W max), 150 W/U for other gear. Weight per U: ~15 kg for servers,
 * ~16 for GPU servers (DGX H100 130 kg / 8U), ~10 for switches. Typical = 75 % of max, as in the built-in catalog.
 */
export const DEFAULT_FALLBACKS: NetboxFallbacks = {
  wattsPerU: { server: 500, gpuServer: 1250, switch: 250, rackmount: 150, cdu: 250 },
  kgPerU: { server: 15, gpuServer: 16, switch: 10, rackmount: 10, pdu: 5, ups: 20, cdu: 25 },
  typicalFraction: 0.75,
};
