/**
 * Commands over the catalog a layout carries: add an import's items and prices (one undo step for the whole
 * import), and set one figure of an imported item by hand (one undo step per edit).
 */
import type { CatalogItem, PriceEntryRecord } from '../../core';
import {
  addCatalogItems,
  figureLabel,
  importedItem,
  mergePrices,
  replaceImportedItem,
  withFigure,
} from '../importedItems';
import type { CommandDef } from './commandTypes';

export interface CatalogCommandArgs {
  /** Confirms an import: its items join `layout.catalogItems`, its prices `layout.prices`. */
  importCatalog: {
    readonly items: readonly CatalogItem[];
    readonly prices?: readonly { readonly file: string; readonly entries: readonly PriceEntryRecord[] }[];
    readonly label: string;
  };
  /** Sets one figure (`power.maxW`, `weightKg`, `thermal.airflow`…) of an item the layout carries. */
  setImportedFigure: { readonly sku: string; readonly path: string; readonly value: number | string };
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const catalogCommands: {
  readonly [K in keyof CatalogCommandArgs]: CommandDef<CatalogCommandArgs[K]>;
} = {
  importCatalog: {
    label: 'Import catalog',
    undoable: true,
    run: (state, { items, prices = [], label }) => {
      let layout = addCatalogItems(state.layout, items);
      for (const list of prices) layout = mergePrices(layout, list.entries, list.file);
      if (layout === state.layout) return null;
      const priced = prices.reduce((n, p) => n + p.entries.length, 0);
      const parts = [
        ...(items.length > 0 ? [`added ${plural(items.length, 'item')} to the layout`] : []),
        ...(priced > 0 ? [`set ${plural(priced, 'price')}`] : []),
      ];
      return { layout, label, session: { status: `${label}: ${parts.join(', ')}.` } };
    },
  },
  setImportedFigure: {
    label: 'Set figure',
    undoable: true,
    run: (state, { sku, path, value }) => {
      const item = importedItem(state.layout, sku);
      if (!item) return { session: { status: `${sku} is not an imported item of this layout.` } };
      const next = withFigure(item, path, value);
      const { name, unit } = figureLabel(item, path);
      if (!next.ok) return { session: { status: `Cannot set the ${name} of ${item.name}: ${next.error}.` } };
      const layout = replaceImportedItem(state.layout, next.value);
      if (layout === state.layout) return null;
      return {
        layout,
        label: `Set ${name} of ${item.name}`,
        session: { status: `Set the ${name} of ${item.name} to ${String(value)}${unit ? ` ${unit}` : ''}.` },
      };
    },
  },
};
