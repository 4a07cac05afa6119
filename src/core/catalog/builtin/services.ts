/**
 * Built-in services quoted with a pod: installation, commissioning and support years. They are never placed; a
 * quote lists them (`quote.services`) and the BOM prices them as lines of kind `service`. The prices are
 * illustrative examples (`example: true`), not a vendor's rates.
 */
import type { Service } from '../../model/catalog';
import { sku } from '../../model/ids';
import { EXAMPLE_PRICE, estimate, examplePrice } from './sources';

const service = (
  skuText: string,
  name: string,
  unit: Service['unit'],
  amount: number,
  description: string,
): Service => ({
  kind: 'service',
  sku: sku(skuText),
  name,
  vendor: 'podplan example',
  placement: 'none',
  unit,
  weightKg: 0,
  price: examplePrice(amount),
  description,
  provenance: {
    default: estimate('illustrative service scope chosen for examples, not a vendor offering'),
    fields: { price: EXAMPLE_PRICE },
  },
});

export const SERVICES: readonly Service[] = [
  service(
    'svc-rack-installation',
    'Rack installation (per rack)',
    'each',
    2_500,
    'Unpack, position, level and bolt one rack; mount and dress its gear and PDUs. Quantity: racks.',
  ),
  service(
    'svc-pod-commissioning',
    'Pod commissioning',
    'each',
    25_000,
    'Power-on, burn-in, cooling loop and network acceptance tests for the whole pod, with a handover report.',
  ),
  service(
    'svc-support-1y-gpu-server',
    'Support, 1 year (per GPU server)',
    'year',
    9_000,
    'Next-business-day hardware support for one GPU server for one year. Quantity: servers × years.',
  ),
  service(
    'svc-support-3y-gpu-server',
    'Support, 3 years (per GPU server)',
    'each',
    24_000,
    'Next-business-day hardware support for one GPU server, three years prepaid. Quantity: servers.',
  ),
  service(
    'svc-support-5y-gpu-server',
    'Support, 5 years (per GPU server)',
    'each',
    37_500,
    'Next-business-day hardware support for one GPU server, five years prepaid. Quantity: servers.',
  ),
];
