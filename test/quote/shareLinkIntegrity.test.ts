/**
 * Share links, format 2: a CRC-32 of the payload checked before anything is inflated, so every one-character edit of
 * a link is refused (tested exhaustively: every position, several replacement characters); built-in catalog items by
 * SKU and compact JSON; scenarios can be left out; a link too big says what makes it big; format-1 links still open.
 */
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_ITEMS,
  decodeShareFragment,
  encodeShareFragment,
  saveScenarioAs,
  serializeLayout,
  SHARE_PREFIX_V1,
} from '../../src/core';
import { encodeBase64url } from '../../src/core/share/base64url';
import { crc32 } from '../../src/core/share/crc32';
import { EXAMPLES } from '../../scripts/exampleLayouts';
import { bigPod } from '../fixtures/bigPod';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const small = EXAMPLES[2]!.build();

function linkOf(layout: Parameters<typeof encodeShareFragment>[0]): string {
  const enc = encodeShareFragment(layout);
  if (!enc.ok) throw new Error('must fit a link');
  return enc.value;
}

/** The first format, as podplan wrote it before: zlib of the canonical pretty JSON. */
const v1Link = (layout: typeof small): string =>
  SHARE_PREFIX_V1 + encodeBase64url(zlibSync(strToU8(serializeLayout(layout)), { level: 9 }));

describe('CRC-32', () => {
  it('gives the standard check value: crc32("123456789") = 0xCBF43926', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
});

describe('When one character of a link is changed', () => {
  it.each(EXAMPLES.slice(1, 3).map((e) => [e.file, e.build] as const))(
    'refuses every single-character edit of the %s link (every position, 4 replacements each)',
    (_file, build) => {
      const link = linkOf(build());
      const start = 'pod=2.'.length;
      let tried = 0;
      for (let i = start; i < link.length; i++) {
        const at = ALPHABET.indexOf(link[i]!);
        for (const step of [1, 17, 32, 63]) {
          const edited = link.slice(0, i) + ALPHABET[(at + step) % 64]! + link.slice(i + 1);
          const result = decodeShareFragment(edited);
          tried++;
          if (result.ok) throw new Error(`edit at ${i} (+${step}) opened a pod`);
        }
      }
      expect(tried).toBe((link.length - start) * 4);
    },
  );

  it('says the checksum does not match', () => {
    const link = linkOf(small);
    const edited = `${link.slice(0, 40)}${link[40] === 'A' ? 'B' : 'A'}${link.slice(41)}`;
    expect(decodeShareFragment(edited)).toEqual({
      ok: false,
      error: [{ path: '$', message: expect.stringContaining('checksum does not match') }],
    });
  });
});

describe('When a link of the first format is opened', () => {
  it.each(EXAMPLES.map((e) => [e.file, e.build] as const))('still opens %s', (_file, build) => {
    const layout = build();
    expect(decodeShareFragment(`#${v1Link(layout)}`)).toEqual({ ok: true, value: layout });
  });
});

describe('When a link is made', () => {
  it('is shorter than the first format: compact JSON, raw deflate, built-in items by SKU', () => {
    const layout = { ...small, catalogItems: BUILTIN_ITEMS.slice(0, 10) };
    const v2 = linkOf(layout);
    expect(decodeShareFragment(v2)).toEqual({ ok: true, value: layout });
    // Ten built-in items cost ten SKUs instead of ten full records.
    expect(v2.length).toBeLessThan(v1Link(layout).length * 0.6);
    expect(linkOf(small).length).toBeLessThan(v1Link(small).length);
  });

  it('leaves the scenarios out when asked, and the pod opens without them', () => {
    const withScenarios = saveScenarioAs(saveScenarioAs(small, 'A'), 'B');
    const full = linkOf(withScenarios);
    const enc = encodeShareFragment(withScenarios, { scenarios: false });
    if (!enc.ok) throw new Error('must fit');
    expect(enc.value.length).toBeLessThan(full.length);
    const opened = decodeShareFragment(enc.value);
    expect(opened.ok && opened.value.scenarios).toBeUndefined();
    expect(opened.ok && opened.value.activeScenario).toBeUndefined();
    expect(opened.ok && opened.value.devices).toEqual(small.devices);
  });

  it('says what makes a link too big, largest part first', () => {
    const enc = encodeShareFragment(bigPod(5000));
    expect(enc.ok).toBe(false);
    if (enc.ok) return;
    expect(enc.error.parts[0]?.part).toBe('devices');
    const sizes = enc.error.parts.map((p) => p.chars);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('refuses a link naming a built-in SKU that does not exist', () => {
    const json = JSON.stringify({ ...JSON.parse(serializeLayout(small)), catalogItems: ['no-such-item'] });
    const link = SHARE_PREFIX_V1 + encodeBase64url(zlibSync(strToU8(json)));
    expect(decodeShareFragment(link)).toEqual({
      ok: false,
      error: [{ path: '$.catalogItems[0]', message: "no built-in catalog item has the SKU 'no-such-item'" }],
    });
  });
});
