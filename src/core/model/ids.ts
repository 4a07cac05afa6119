/**
 * Branded identifiers. A `RackId` cannot be passed where a `DeviceId` is wanted, although both are strings at
 * run time (and in the layout file).
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A catalog item's stable id, e.g. `nvidia-dgx-h100`. */
export type Sku = Brand<string, 'Sku'>;
export type RackId = Brand<string, 'RackId'>;
export type DeviceId = Brand<string, 'DeviceId'>;
export type FloorUnitId = Brand<string, 'FloorUnitId'>;
export type LinkId = Brand<string, 'LinkId'>;

export const sku = (s: string): Sku => s as Sku;
export const rackId = (s: string): RackId => s as RackId;
export const deviceId = (s: string): DeviceId => s as DeviceId;
export const floorUnitId = (s: string): FloorUnitId => s as FloorUnitId;
export const linkId = (s: string): LinkId => s as LinkId;
