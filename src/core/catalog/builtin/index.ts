/**
 * The built-in equipment catalog: every item podplan ships with, each figure carrying its provenance
 * (`shared/reference/figures.md` grades mapped to published / derived / estimate). Prices are illustrative examples.
 */
import type { Catalog, CatalogItem } from '../../model/catalog';
import { makeCatalog } from '../../model/catalogIndex';
import { INROW_COOLERS, RDHXS } from './airCooling';
import { CDUS } from './cdus';
import {
  CURRENT_GEN_OTHER,
  CURRENT_GEN_SERVERS,
  CURRENT_GEN_SHELVES,
  CURRENT_GEN_SWITCHES,
} from './currentGen';
import { FACILITY_UPSES, GENERATORS, TRANSFORMERS } from './facilityPower';
import { BATTERIES, UPSES } from './energy';
import { GPU_SERVERS } from './gpuServers';
import { OEM_SERVERS } from './oemServers';
import { OTHER_GEAR } from './otherGear';
import { PDUS, POWER_SHELVES } from './power';
import { RACKS } from './racks';
import { SERVICES } from './services';
import { OOB_AGGREGATION, SWITCHES } from './switches';

/** All built-in items, in palette order: racks, IT gear, rack power, cooling, energy, services. */
export const BUILTIN_ITEMS: readonly CatalogItem[] = [
  ...RACKS,
  ...GPU_SERVERS,
  ...CURRENT_GEN_SERVERS,
  ...OEM_SERVERS,
  ...SWITCHES,
  ...CURRENT_GEN_SWITCHES,
  ...OOB_AGGREGATION,
  ...OTHER_GEAR,
  ...CURRENT_GEN_OTHER,
  ...PDUS,
  ...POWER_SHELVES,
  ...CURRENT_GEN_SHELVES,
  ...CDUS,
  ...RDHXS,
  ...INROW_COOLERS,
  ...BATTERIES,
  ...UPSES,
  ...FACILITY_UPSES,
  ...TRANSFORMERS,
  ...GENERATORS,
  ...SERVICES,
];

/** The built-in items as a catalog keyed by SKU. */
export const builtinCatalog: Catalog = makeCatalog(BUILTIN_ITEMS);
