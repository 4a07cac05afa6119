/** Builders for state tests: small pods from the built-in catalog, edited through the core's ops. */
import type { FeedSide, Layout, RackId } from '../../core';
import { addRack, addSideItem, builtinCatalog, deviceId, emptyLayout, rackId, sku } from '../../core';
import { createEditorStore } from '../editorStore';
import type { EditorStore } from '../editorStore';

export const catalog = builtinCatalog;
export const RACK_42U = sku('rack-42u-600x1200');
export const DGX_H100 = sku('nvidia-dgx-h100');
export const PDU_415_60A = sku('raritan-px3-5878-415v-60a');
export const PDU_230_32A = sku('pdu-230v-1ph-32a-0u');

/** A pod with `count` empty 42U racks in row A (A1, A2, …). */
export function podWithRacks(count: number): Layout {
  let layout = emptyLayout('Test pod');
  for (let i = 0; i < count; i++)
    layout = addRack(layout, {
      id: rackId(`rack-${i + 1}`),
      sku: RACK_42U,
      name: `A${i + 1}`,
      position: { row: 0, slot: i },
    });
  return layout;
}

/** Adds a 0U PDU on each of the given feeds to a rack. */
export function withPdus(
  layout: Layout,
  rack: string,
  feeds: readonly FeedSide[],
  pdu = PDU_415_60A,
): Layout {
  let next = layout;
  feeds.forEach((feed, i) => {
    next = addSideItem(next, {
      id: deviceId(`${rack}-pdu-${i + 1}`),
      sku: pdu,
      rack: rack as RackId,
      side: i % 2 === 0 ? 'left' : 'right',
      feed,
    });
  });
  return next;
}

export const storeWith = (layout: Layout): EditorStore => createEditorStore(catalog, layout);
