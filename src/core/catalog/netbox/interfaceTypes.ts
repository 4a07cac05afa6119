/**
 * NetBox interface `type` → speed and podplan form factor. A type maps when podplan has a cage for it: SFP and
 * QSFP+ ride in the SFP+ and QSFP28 cages they share a size with (podplan has no separate SFP or QSFP+ form factor).
 * Types with no podplan cage (CFP, XFP, SFP-DD, …), Fibre Channel, wireless, PON, SONET, stacking and `other` are
 * counted under "other". `virtual`, `bridge` and `lag` are logical and ignored, as are backplane types (`*-kr`,
 * `*-kx`), which are not cabled.
 */
import type { FormFactor } from '../../model/catalog';

export interface InterfaceSpec {
  /** Per logical port, Gb/s. */
  readonly speedGbps: number;
  readonly formFactor: FormFactor;
  readonly infiniband: boolean;
}

const eth = (speedGbps: number, formFactor: FormFactor): InterfaceSpec => ({
  speedGbps,
  formFactor,
  infiniband: false,
});
const ib = (speedGbps: number, formFactor: FormFactor): InterfaceSpec => ({
  speedGbps,
  formFactor,
  infiniband: true,
});

/** Mapped types (NetBox enum values as of devicetype-library 56ea927). */
export const INTERFACE_TYPES: Readonly<Record<string, InterfaceSpec>> = {
  '100base-tx': eth(0.1, 'RJ45'),
  '1000base-t': eth(1, 'RJ45'),
  // Valid in the schema and used (Lenovo RackSwitch G8052): the same RJ45 1 GbE port.
  '1000base-tx': eth(1, 'RJ45'),
  '2.5gbase-t': eth(2.5, 'RJ45'),
  '5gbase-t': eth(5, 'RJ45'),
  '10gbase-t': eth(10, 'RJ45'),
  '100base-x-sfp': eth(0.1, 'SFP+'),
  '1000base-x-sfp': eth(1, 'SFP+'),
  '10gbase-x-sfpp': eth(10, 'SFP+'),
  '25gbase-x-sfp28': eth(25, 'SFP28'),
  '50gbase-x-sfp28': eth(50, 'SFP28'),
  '50gbase-x-sfp56': eth(50, 'SFP28'),
  '40gbase-x-qsfpp': eth(40, 'QSFP28'),
  '100gbase-x-qsfp28': eth(100, 'QSFP28'),
  '100gbase-x-qsfpdd': eth(100, 'QSFP-DD'),
  '200gbase-x-qsfp56': eth(200, 'QSFP56'),
  '200gbase-x-qsfpdd': eth(200, 'QSFP-DD'),
  '400gbase-x-qsfp112': eth(400, 'QSFP112'),
  '400gbase-x-qsfpdd': eth(400, 'QSFP-DD'),
  '400gbase-x-osfp': eth(400, 'OSFP'),
  // Riding heat sink: the same OSFP cage with the heat sink on the module (ConnectX NICs).
  '400gbase-x-osfp-rhs': eth(400, 'OSFP'),
  '800gbase-x-qsfpdd': eth(800, 'QSFP-DD'),
  '800gbase-x-osfp': eth(800, 'OSFP'),
  'infiniband-qdr': ib(40, 'QSFP28'),
  'infiniband-fdr10': ib(40, 'QSFP28'),
  'infiniband-fdr': ib(56, 'QSFP28'),
  'infiniband-edr': ib(100, 'QSFP28'),
  'infiniband-hdr': ib(200, 'QSFP56'),
  // NDR and XDR switches use twin-port OSFP cages (each cage = 2 logical ports, listed as 2 interfaces); NDR HCAs
  // also come as QSFP112, which NetBox's type cannot tell apart.
  'infiniband-ndr': ib(400, 'OSFP'),
  'infiniband-xdr': ib(800, 'OSFP'),
};

/** Logical interfaces: not ports at all. */
const IGNORED_TYPES = new Set(['virtual', 'bridge', 'lag']);
/** Backplane Ethernet (blade and chassis internals): not cabled. */
const BACKPLANE = /^[\d.]+g?base-k[rxp]\d*$/;

export type InterfaceClass =
  | { readonly kind: 'port'; readonly spec: InterfaceSpec }
  | { readonly kind: 'ignored'; readonly why: 'logical' | 'backplane' }
  | { readonly kind: 'other' };

/** Classifies one NetBox interface type. */
export function classifyInterfaceType(type: string | null): InterfaceClass {
  if (type === null) return { kind: 'other' };
  const spec = INTERFACE_TYPES[type];
  if (spec) return { kind: 'port', spec };
  if (IGNORED_TYPES.has(type)) return { kind: 'ignored', why: 'logical' };
  if (BACKPLANE.test(type)) return { kind: 'ignored', why: 'backplane' };
  return { kind: 'other' };
}

/** Key for `portsBySpeedGbps`: "400", "2.5", "0.1". */
export const speedKey = (speedGbps: number): string => String(speedGbps);
