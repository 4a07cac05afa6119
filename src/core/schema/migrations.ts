/**
 * Layout file versions. A file states its `schemaVersion`; files from a newer podplan are refused (their meaning is
 * unknown here), files from an older one are migrated step by step to the current version before validation, so the
 * schema only ever describes the current format.
 */
import { LAYOUT_SCHEMA_VERSION } from '../model/layout';
import type { InputIssue } from '../model/result';
import { err, ok } from '../model/result';
import type { Result } from '../model/result';
import { describeValue } from './issueWords';

/** Turns a file of one version into a file of the next version. */
export type LayoutMigration = (file: unknown) => unknown;

/**
 * `layoutMigrations[n]` turns a version-`n` file into a version-`n + 1` file, including setting its `schemaVersion`
 * to `n + 1`. When the format changes: bump `LAYOUT_SCHEMA_VERSION`, change the
 * schema, and add the step from the previous version here, with a test that loads a file of the old version.
 * A migration receives a value already checked for forbidden keys and must not mutate it.
 */
export const layoutMigrations: Readonly<Record<number, LayoutMigration>> = {
  1: migrateV1toV2,
};

/**
 * Version 2 adds optional settings (power chain, quote document, storage, …). A version-1 file has none of them, and
 * each one's absence means the version-1 behaviour, so the step only restamps the version. Settings whose new default
 * differs from version 1's behaviour are written here explicitly with the version-1 value, so an old file validates as
 * it did (pinned by test/migrations.test.ts).
 */
function migrateV1toV2(file: unknown): unknown {
  if (file === null || typeof file !== 'object' || Array.isArray(file)) return file;
  const v2: Record<string, unknown> = { ...(file as Record<string, unknown>), schemaVersion: 2 };
  // Version 1 budgeted every load at power factor 1 (kW = kVA); new pods default to 0.95.
  const limits = v2['limits'];
  if (limits !== null && typeof limits === 'object' && !Array.isArray(limits))
    v2['limits'] = { powerFactor: 1, ...(limits as Record<string, unknown>) };
  return v2;
}

const VERSION_PATH = '$.schemaVersion';

/** The file's `schemaVersion`, or the reason it cannot be read by this podplan. */
export function readSchemaVersion(
  file: Readonly<Record<string, unknown>>,
  current: number = LAYOUT_SCHEMA_VERSION,
): Result<number, InputIssue> {
  if (!Object.hasOwn(file, 'schemaVersion')) {
    return err({
      path: VERSION_PATH,
      message: `missing: this is not a podplan layout file (expected schemaVersion ${current})`,
    });
  }
  const version = file['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err({
      path: VERSION_PATH,
      message: `expected a whole number ≥ 1 (this podplan reads up to ${current}), got ${describeValue(version)}`,
    });
  }
  if (version > current) {
    return err({
      path: VERSION_PATH,
      message: `this layout was written by a newer podplan (schemaVersion ${version}; this version reads up to ${current})`,
    });
  }
  return ok(version);
}

/** Applies the migrations from `fromVersion` up to `toVersion` in order. */
export function migrateLayoutFile(
  file: unknown,
  fromVersion: number,
  table: Readonly<Record<number, LayoutMigration>> = layoutMigrations,
  toVersion: number = LAYOUT_SCHEMA_VERSION,
): Result<unknown, InputIssue[]> {
  let value = file;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = table[version];
    if (step === undefined) {
      return err([
        {
          path: VERSION_PATH,
          message: `cannot upgrade a schemaVersion ${version} layout: this podplan has no migration from it`,
        },
      ]);
    }
    try {
      value = step(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return err([
        {
          path: '$',
          message: `could not upgrade this layout from schemaVersion ${version} to ${version + 1}: ${reason}`,
        },
      ]);
    }
  }
  return ok(value);
}
