/**
 * Physical ranges every number that comes in from a file (layout, catalog, NetBox YAML, price list, share link) must
 * fall inside. They are far wider than any real equipment (the built-in catalog's largest figures are given beside
 * each bound) but narrow enough that every sum and product the rules form stays finite and every grid stays drawable:
 * a value outside is refused at the boundary with its path and this range, never carried on as Infinity or NaN.
 */

/**
 * Smallest figure above zero any field takes (1 mm, 1 mV, 1 mA, 1 mW, a power factor or efficiency of 0.001): far
 * below real equipment, and a divisor this small keeps every quotient the rules form finite. A PDU of 5e-324 A
 * passed "above zero", its usable current rounded to 0 and the per-phase check recursed without end.
 */
export const MIN_POSITIVE = 0.001;
/** Tallest rack, U (the tallest standard cabinets are 58U; the built-in racks are 42-48U). */
export const MAX_RACK_HEIGHT_U = 60;
/** Smallest height of an item mounted in rack U, U (half-width 0.5U switches exist). */
export const MIN_RACK_MOUNT_U = 0.5;
/** Rack width and depth, mm (built-in: 800 × 1200). */
export const MAX_RACK_SIDE_MM = 3_000;
/** Footprint side of a floor unit, mm (a Megapack is 8,534 mm long). */
export const MAX_FOOTPRINT_SIDE_MM = 20_000;
/** One item's weight, kg (a Megapack weighs 39,000 kg). */
export const MAX_ITEM_WEIGHT_KG = 100_000;
/** A rack's static load rating, kg (built-in: 1,800 kg). */
export const MAX_RACK_LOAD_KG = 20_000;
/** One item's electrical draw or rating, W (built-in: a 132 kW rack, a 2.5 MW CDU). */
export const MAX_ITEM_POWER_W = 10_000_000;
/** Battery energy, kWh (a Megapack holds 5,000 kWh). */
export const MAX_BATTERY_ENERGY_KWH = 100_000;
/** Battery power, kW. */
export const MAX_BATTERY_POWER_KW = 100_000;
/** Any nominal voltage, V (utility medium voltage reaches 35 kV). */
export const MAX_VOLTAGE_V = 100_000;
/** A PDU's input current, A. */
export const MAX_INPUT_AMPS = 10_000;
/** Ports, outlets or PSUs in one group, a count. */
export const MAX_COUNT = 10_000;
/** GPUs in one item (an NVL576 rack holds 576). */
export const MAX_GPU_COUNT = 10_000;
/** One port's speed, Gb/s (1.6T ports exist). */
export const MAX_PORT_SPEED_GBPS = 100_000;
/** Coolant flow, L/min (built-in: 3,751 L/min). */
export const MAX_FLOW_LPM = 1_000_000;
/** Airflow, ft³/min (built-in: 1,550 CFM). */
export const MAX_AIRFLOW_CFM = 1_000_000;
/** A CDU approach temperature, °C. */
export const MAX_APPROACH_C = 50;
/** UPS runtime, minutes. */
export const MAX_RUNTIME_MIN = 100_000;
/** One unit price, in major units of its currency (built-in: 1,300,000 USD for a battery). */
export const MAX_UNIT_PRICE = 1_000_000_000;

/**
 * The pod's power-chain settings and a placed device's power factor, [min, max] inclusive: what a layout file may
 * hold and what the editor takes (one table, so a value the app shows from a file is one it would also accept).
 */
export const POWER_SETTING_BOUNDS = {
  /** Power factor, kW / kVA (a pod's, an item's PSUs', or one placed device's). */
  powerFactor: [MIN_POSITIVE, 1],
  /** Phase imbalance warned above, %. */
  phaseImbalanceMaxPct: [MIN_POSITIVE, 100],
  /** Minimum UPS ride-through at max draw, min (a day). */
  upsMinRuntimeMin: [MIN_POSITIVE, 1440],
  /** Cooling plant COP, kW of heat removed per kW drawn. */
  cop: [MIN_POSITIVE, 100],
  /** Target PUE, facility / IT. */
  pue: [1, 10],
} as const satisfies Readonly<Record<string, readonly [number, number]>>;

/** Pod-level limits: a site's utility feed, facility water or room air, kW (1 GW). */
export const MAX_SITE_POWER_KW = 1_000_000;
/** Floor loading rating, kg/m² (a slab on grade takes about 2,500). */
export const MAX_FLOOR_RATING_KG_PER_M2 = 100_000;
/** Design air or coolant temperature rise, °C: 1 to 50 (designs use about 10-15 °C air, 5-10 °C water). */
export const MIN_DELTA_T_C = 1;
export const MAX_DELTA_T_C = 50;
/** Rows of the floor grid and positions in a row. */
export const MAX_GRID_COUNT = 1_000;
/** Floor grid positions in all (rows × positions per row) that the floor view draws without stalling the browser. */
export const MAX_GRID_POSITIONS = 40_000;
/** Floor pitch, row depth and aisle, mm. */
export const MAX_FLOOR_SPAN_MM = 20_000;
/** Down:up oversubscription figures. */
export const MAX_OVERSUBSCRIPTION = 1_000;

/** Elements of one list in a layout (racks, devices, links…); a 500,000-device pod is 12,500 racks. */
export const MAX_LIST_LENGTH = 1_000_000;
/** Catalog items in one file or layout. */
export const MAX_CATALOG_ITEMS = 100_000;
/** Scenarios saved with one layout. */
export const MAX_SCENARIOS = 100;

/** Longest lead time a price list or catalog item may state, weeks (five years). */
export const MAX_LEAD_TIME_WEEKS = 260;
