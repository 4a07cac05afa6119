/**
 * What an elevation block says about a device: the user's name for it, else the catalog name without the vendor's
 * name in front ("DGX H100" rather than "NVIDIA DGX H1…": the vendor is in the tooltip and the inspector), and how
 * many lines of text its height holds (one per 10 px of the 9.5 px font, at most 3).
 */
import { U_PX } from './elevationMetrics';

/** Line height of `.device` text, px (9.5 px font × 1.05). */
const LINE_PX = 10;

export function elevationLabel(
  device: { readonly name?: string | undefined; readonly sku: string },
  item: { readonly name: string; readonly vendor: string } | undefined,
): { readonly text: string; readonly title: string } {
  if (device.name) return { text: device.name, title: item ? `${device.name}: ${item.name}` : device.name };
  if (!item) return { text: device.sku, title: device.sku };
  const prefix = `${item.vendor} `;
  const short =
    item.name.startsWith(prefix) && item.name.length > prefix.length
      ? item.name.slice(prefix.length)
      : item.name;
  return { text: short, title: item.name };
}

/** Lines of label text a block `heightU` tall holds (its 1 px borders taken off). */
export const labelLines = (heightU: number): number =>
  Math.max(1, Math.min(3, Math.floor((heightU * U_PX - 2) / LINE_PX)));
