import { describe, expect, it } from 'vitest';
import { builtinCatalog, matchesCatalogQuery, queryWords } from '../../index';

const find = (query: string): string[] =>
  [...builtinCatalog.items.values()]
    .filter((i) => matchesCatalogQuery(i, queryWords(query)))
    .map((i) => i.sku);

describe('When a sales engineer searches the catalog by what gear does, not its name', () => {
  it('finds the DGX H100 by its 400G compute ports', () => {
    expect(find('400G')).toContain('nvidia-dgx-h100');
    expect(find('400 G')).toContain('nvidia-dgx-h100');
    expect(find('400gbe')).toContain('nvidia-dgx-h100');
  });

  it('finds 8-GPU servers by GPU count, and not the 72-GPU rack by "2 GPUs"', () => {
    expect(find('8 GPUs')).toContain('nvidia-dgx-h100');
    const two = find('2 gpus');
    expect(two.some((s) => s.includes('nvl72'))).toBe(false);
  });

  it('finds switches by kind word and PDUs by vendor and kind', () => {
    const found = new Set(find('switch'));
    const switches = [...builtinCatalog.items.values()].filter((i) => i.kind === 'switch');
    expect(switches.length).toBeGreaterThan(0);
    expect(switches.every((i) => found.has(i.sku))).toBe(true);
    expect(find('cooler').length).toBeGreaterThan(0);
    expect(find('nvidia').length).toBeGreaterThan(2);
  });

  it('does not let "40G" find 400G ports', () => {
    expect(find('40G')).not.toContain('nvidia-dgx-h100');
  });
});
