/**
 * A drop preview's messages in the words a user knows the item not placed yet by. The rules name a device by its id
 * and a rack by its name, but a candidate's id was made up for the preview, and a new rack takes its position's name,
 * which another rack may already carry: "Rack A1 ('rack-4') overlaps Rack A1 ('r1')" says nothing a user can act on.
 */
import type { Layout } from '../model/layout';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `'srv-3' (NVIDIA DGX H100) at U20–U27 front` → `the new NVIDIA DGX H100 at U20–U27 front`: a device (or floor
 * unit) named by the id made up for the preview.
 */
export function asNewItem(message: string, id: string, itemName: string): string {
  const quoted = `'${escapeRegExp(id)}'`;
  return message
    .replace(
      new RegExp(`${quoted} \\(${escapeRegExp(itemName)}(?:, ([^)]*))?\\)`, 'g'),
      (_, rest?: string) => (rest ? `the new ${itemName} (${rest})` : `the new ${itemName}`),
    )
    .replace(new RegExp(quoted, 'g'), `the new ${itemName}`);
}

/**
 * A new rack, named after its position: `Rack A1 ('rack-4') overlaps Rack A1 ('r1')` (two racks of one name, told
 * apart by id) → `the new Rack 48U 600 × 1200 overlaps Rack A1`; once the new one is named by what it is, the other
 * needs no id. `Rack A1` alone becomes the new rack only where no other rack of the pod is called A1 (`shared`).
 */
export function asNewRack(
  message: string,
  rack: { readonly id: string; readonly name: string },
  itemName: string,
  shared: boolean,
): string {
  const label = escapeRegExp(`Rack ${rack.name}`);
  const withId = new RegExp(`${label} \\('${escapeRegExp(rack.id)}'\\)`, 'g');
  if (withId.test(message))
    return message
      .replace(withId, `the new ${itemName}`)
      .replace(new RegExp(`(${label}) \\('[^']*'\\)`, 'g'), '$1');
  if (shared) return message;
  return message.replace(new RegExp(`${label}(?![\\w.-])`, 'g'), `the new ${itemName}`);
}

/** The rewording for a drop's candidate `subjectId` in its candidate layout: as a new rack, or as a new item. */
export function newItemWords(
  candidate: Layout,
  subjectId: string,
  itemName: string,
): (message: string) => string {
  const rack = candidate.racks.find((r) => r.id === subjectId);
  if (!rack) return (m) => asNewItem(m, subjectId, itemName);
  const shared = candidate.racks.some((r) => r.id !== subjectId && r.name === rack.name);
  return (m) => asNewRack(m, rack, itemName, shared);
}
