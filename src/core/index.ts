/**
 * The planning core's public API. The app, the CLI and the tests import from here only.
 * Pure TypeScript: no React, three, zustand, DOM or Node built-ins (enforced by lint and by test/coreFence.test.ts).
 */
export * from './model/ids';
export * from './model/units';
export * from './model/displayUnits';
export * from './model/catalog';
export * from './model/catalogIndex';
export * from './model/layout';
export * from './model/report';
export * from './model/result';
export { validate } from './derive/validate';
export { catalogForLayout } from './derive/layoutCatalog';
export type { ValidateOptions } from './derive/validate';
export { bom, bomToJson, countSkus, GENERATOR, serviceCounts } from './derive/bom';
export type { BomOptions, PriceOverride } from './derive/bom';
export { bomToCsv, csvField, looksLikeFormula } from './derive/bomCsv';
export {
  CABLE_SCHEDULE_COLUMNS,
  cableSchedule,
  cableScheduleCells,
  cableScheduleColumns,
  cableScheduleToCsv,
  scheduleLength,
  scheduleLengthUnit,
} from './derive/cableSchedule';
export { rackContents } from './derive/bomRacks';
export type { RackContentRow, RackContents } from './derive/bomRacks';
export type { CableScheduleRow } from './derive/cableSchedule';
export { cablingFigures } from './derive/cablingFigures';
export type { CablingFigures } from './derive/cablingFigures';
export {
  MAX_MINOR,
  applyPct,
  decimalOf,
  formatMoney,
  fromMinor,
  minorDigits,
  minorToText,
  parseDecimal,
  pctOf,
  sumMinor,
  toMinor,
  tryMinor,
} from './derive/money';
export * from './model/quote';
export * from './model/quoteDocument';
export { bomSchema, bomJsonSchema } from './derive/bomSchema';
export { BOM_SCHEMA_VERSION } from './derive/bomVersion';
export type { Bom, BomCabling, BomLine } from './derive/bomSchema';
export * from './ops/layoutOps';
export * from './ops/scenarioOps';
export * from './ops/quoteOps';
export * from './ops/quoteDocumentOps';
export * from './derive/compareRevisions';
export * from './model/scenario';
export { compareScenarios } from './derive/compareScenarios';
export type { ComparisonRow, ScenarioComparison } from './derive/compareScenarios';
export {
  loadRatio,
  openErrors,
  rackLimitFigures,
  RACK_LIMIT_LABELS,
  worstRacks,
} from './derive/capacityLimits';
export type { OpenErrors, PodLimit, RackLimit, WorstRack } from './derive/capacityLimits';
export { pduUsableW } from './rules/power';
export { rackRelativeAirflow } from './rules/airflow';
export { servedRacksOf } from './rules/servedRacks';
export type { ServedRacks } from './rules/servedRacks';
export { findPort } from './rules/network';
export { BUILTIN_ITEMS, builtinCatalog } from './catalog/builtin';
export * from './schema';
export {
  decodeShareFragment,
  encodeShareFragment,
  MAX_SHARE_CHARS,
  SHARE_PREFIX,
  SHARE_PREFIX_V1,
} from './share/shareLink';
export type { ShareEncodeError, ShareOptions, SharePart } from './share/shareLink';
export * from './catalog/customCatalog';
export * from './catalog/priceList';
export { catalogSearchText, matchesCatalogQuery, queryWords } from './catalog/search/catalogSearch';
// The NetBox importer (and its YAML parser) is imported from './catalog/netbox' directly where it runs (the CLI, the
// import worker), so the app's first screen does not carry it; its types are shared from here.
export type {
  NetboxFallbacks,
  NetboxImportedEntry,
  NetboxImportOptions,
  NetboxImportReport,
  NetboxItemSummary,
  NetboxRejectedEntry,
  SourceFile,
} from './catalog/netbox';
export * from './plan';
export * from './place';
export * from './planner';
export * from './storage';
export type { GridLimits, StorageSettings, TrainingProfile } from './model/storageSettings';
export { POWER_SETTING_BOUNDS } from './model/bounds';
