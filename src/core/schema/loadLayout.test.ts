import { describe, expect, it } from 'vitest';
import { emptyLayout } from '../model/layout';
import { loadLayout, MAX_LAYOUT_ISSUES, parseLayoutJson } from './loadLayout';
import { migrateLayoutFile, readSchemaVersion } from './migrations';
import type { LayoutMigration } from './migrations';
import { sampleLayoutFile } from './sampleLayout';
import { serializeLayout } from './serializeLayout';

describe('When a valid layout file is loaded', () => {
  it('loads a minimal (empty) pod', () => {
    const result = parseLayoutJson(serializeLayout(emptyLayout('Empty pod')));
    expect(result).toEqual({ ok: true, value: emptyLayout('Empty pod') });
  });

  it('loads a pod with every kind of record', () => {
    const result = loadLayout(sampleLayoutFile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(sampleLayoutFile());
    expect(result.value.floorUnits[0]?.serves).toEqual(['r1', 'r2']);
  });

  it('leaves absent optional fields absent rather than undefined', () => {
    const result = loadLayout(sampleLayoutFile());
    if (!result.ok) throw new Error('sample must load');
    const [withDoor, withoutDoor] = result.value.racks;
    expect(withDoor && Object.hasOwn(withDoor, 'rearDoor')).toBe(true);
    expect(withoutDoor && Object.hasOwn(withoutDoor, 'rearDoor')).toBe(false);
    expect(Object.keys(result.value.devices[0] ?? {})).toEqual(['id', 'sku', 'rack', 'u', 'face', 'name']);
    expect(Object.keys(result.value.floorUnits[1] ?? {})).toEqual(['id', 'sku', 'position']);
  });

  it('shares no object with the input, so later changes to the input do not leak in', () => {
    const input = sampleLayoutFile();
    const result = loadLayout(input);
    if (!result.ok) throw new Error('sample must load');
    expect(result.value.racks).not.toBe(input.racks);
    expect(result.value.racks[0]?.position).not.toBe(input.racks[0]?.position);
    expect(result.value.floorUnits[0]?.serves).not.toBe(input.floorUnits[0]?.serves);
    const first = input.racks[0];
    if (first) first.name = 'changed';
    expect(result.value.racks[0]?.name).toBe('A1');
  });

  it('ignores a byte order mark at the start of the text', () => {
    expect(parseLayoutJson(`\uFEFF${serializeLayout(emptyLayout())}`).ok).toBe(true);
  });
});

describe('When a layout file has several problems', () => {
  it('reports all of them, not just the first', () => {
    const file = sampleLayoutFile();
    const result = loadLayout({
      ...file,
      name: '',
      floor: { ...file.floor, pitchMm: -600 },
      racks: [...file.racks, { ...file.racks[1], id: 'r1' }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((issue) => issue.path)).toEqual(['$.name', '$.floor.pitchMm', '$.racks[2].id']);
  });

  it(`caps the list at ${MAX_LAYOUT_ISSUES} issues and says that checking stopped`, () => {
    const file = sampleLayoutFile();
    const devices = Array.from({ length: 500 }, (_, i) => ({ ...file.devices[0], id: `d${i}`, u: -1 }));
    const result = loadLayout({ ...file, devices });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toHaveLength(MAX_LAYOUT_ISSUES);
    expect(result.error[0]).toEqual({
      path: '$.devices[0].u',
      message: 'expected a whole number from 1 to 60, got -1',
    });
    expect(result.error[MAX_LAYOUT_ISSUES - 1]?.message).toBe(
      `checking stopped after ${MAX_LAYOUT_ISSUES - 1} issues; there are more (fix these and load the file again)`,
    );
  });

  it('stops early on 900,000 bad elements: the work is bounded by the issue cap, not the file', () => {
    // 900,000 empty objects where devices belong (a list of more than 1,000,000 is refused outright): each is one or
    // more issues, so checking must stop after at most MAX_LAYOUT_ISSUES elements. The count of elements validated
    // is the measure (no timing).
    const devices = new Array<object>(900_000).fill({});
    const work = { elements: 0 };
    const result = loadLayout({ ...sampleLayoutFile(), devices }, work);
    expect(result.ok).toBe(false);
    expect(work.elements).toBeLessThanOrEqual(MAX_LAYOUT_ISSUES);
    if (!result.ok) expect(result.error[0]?.path).toBe('$.devices[0].id');
  });

  it('refuses a list longer than any pod without looking at its elements', () => {
    const links = new Array<number>(1_000_001).fill(0);
    const work = { elements: 0 };
    const file = sampleLayoutFile();
    const result = loadLayout({ ...file, links }, work);
    // Only the elements of the other lists were looked at.
    expect(work.elements).toBe(
      file.racks.length + file.devices.length + file.sideItems.length + file.floorUnits.length,
    );
    expect(result).toEqual({
      ok: false,
      error: [
        { path: '$.links', message: 'expected a list of at most 1000000 items, got a list of 1000001 items' },
      ],
    });
  });

  it('stops early inside a scenario too', () => {
    const file = sampleLayoutFile();
    const pod = { ...file, devices: new Array<object>(20_000).fill({ id: 7 }) };
    const work = { elements: 0 };
    const result = loadLayout({ ...file, scenarios: [{ id: 's', name: 'S', pod: pod }] }, work);
    expect(result.ok).toBe(false);
    expect(work.elements).toBeLessThanOrEqual(MAX_LAYOUT_ISSUES + 1);
  });

  it('treats an explicit undefined as a wrong value, not as an absent field', () => {
    const result = loadLayout({ ...sampleLayoutFile(), name: undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]).toEqual({
      path: '$.name',
      message: 'expected text of 1 to 200 characters, got nothing',
    });
  });

  it('stops on input nested absurdly deep instead of overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { x: deep };
    const result = loadLayout({ ...sampleLayoutFile(), extra: deep });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.message).toContain('nested too deeply');
  });
});

describe('When the text is not JSON', () => {
  it('gives the line and column of the first syntax error', () => {
    const result = parseLayoutJson('{\n  "schemaVersion": 1\n  "name": "x"\n}');
    expect(result).toEqual({
      ok: false,
      error: [
        {
          path: '$',
          message: "not valid JSON at line 3, column 3: expected ',' or '}' after a property value",
        },
      ],
    });
  });

  it('says when the text ends too early or is empty', () => {
    const cut = parseLayoutJson('{"schemaVersion": 1, "racks": [');
    expect(cut.ok ? '' : cut.error[0]?.message).toContain('ends before the JSON is complete');
    const empty = parseLayoutJson('  \n');
    expect(empty.ok ? '' : empty.error[0]?.message).toContain('the file is empty');
  });
});

describe('When a file comes from another podplan version', () => {
  it('refuses a newer file before looking at anything else', () => {
    const result = loadLayout({ schemaVersion: 7, whatever: true });
    expect(result).toEqual({
      ok: false,
      error: [
        {
          path: '$.schemaVersion',
          message: 'this layout was written by a newer podplan (schemaVersion 7; this version reads up to 2)',
        },
      ],
    });
  });

  it('reads any version up to the current one', () => {
    expect(readSchemaVersion({ schemaVersion: 2 }, 3)).toEqual({ ok: true, value: 2 });
    expect(readSchemaVersion({ schemaVersion: 1.5 }, 3).ok).toBe(false);
  });

  it('runs the migrations in order from the file version to the current one', () => {
    const steps: Record<number, LayoutMigration> = {
      1: (file) => ({ ...(file as object), schemaVersion: 2, added: 'in 2' }),
      2: (file) => ({
        ...(file as object),
        schemaVersion: 3,
        trail: `${(file as { added: string }).added}, then 3`,
      }),
    };
    expect(migrateLayoutFile({ schemaVersion: 1 }, 1, steps, 3)).toEqual({
      ok: true,
      value: { schemaVersion: 3, added: 'in 2', trail: 'in 2, then 3' },
    });
    expect(migrateLayoutFile({ schemaVersion: 2 }, 2, steps, 3)).toEqual({
      ok: true,
      value: { schemaVersion: 3, trail: 'undefined, then 3' },
    });
  });

  it('reports a missing or failing migration instead of throwing', () => {
    const failing = migrateLayoutFile(
      {},
      1,
      {
        1: () => ({}),
        2: () => {
          throw new Error('bad racks');
        },
      },
      3,
    );
    expect(failing).toEqual({
      ok: false,
      error: [{ path: '$', message: 'could not upgrade this layout from schemaVersion 2 to 3: bad racks' }],
    });
    const gap = migrateLayoutFile({}, 1, {}, 2);
    expect(gap.ok ? '' : gap.error[0]?.message).toContain('no migration');
  });

  it('upgrades a version-1 file by writing the power factor version 1 assumed (1) and nothing else', () => {
    const file = sampleLayoutFile();
    const limits = file.limits;
    expect(migrateLayoutFile(file, 1)).toEqual({
      ok: true,
      value: { ...file, limits: { powerFactor: 1, ...limits } },
    });
    // A power factor the file states is kept.
    const stated = { ...file, limits: { ...limits, powerFactor: 0.9 } };
    expect(migrateLayoutFile(stated, 1)).toEqual({ ok: true, value: stated });
  });
});
