import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, MAX_SHARE_CHARS } from '../../src/core';
import { decodeBase64url, encodeBase64url } from '../../src/core/share/base64url';
import { EXAMPLES } from '../../scripts/exampleLayouts';
import { bigPod } from '../fixtures/bigPod';

describe('Share links', () => {
  it.each(EXAMPLES.map((e) => [e.file, e.build] as const))('round-trips %s exactly', (_f, build) => {
    const layout = build();
    const enc = encodeShareFragment(layout);
    if (!enc.ok) throw new Error('example must fit a link');
    expect(enc.value.startsWith('pod=2.')).toBe(true);
    const dec = decodeShareFragment(`#${enc.value}`);
    expect(dec.ok && dec.value).toEqual(layout);
  });

  it('keeps an example pod short: the air-cooled pod fits in a few thousand characters', () => {
    const enc = encodeShareFragment(EXAMPLES[0]!.build());
    expect(enc.ok && enc.value.length).toBeLessThan(4000);
  });

  it('refuses a layout too large for a link, saying how large', () => {
    const enc = encodeShareFragment(bigPod(5000));
    expect(enc.ok).toBe(false);
    if (!enc.ok) {
      expect(enc.error.kind).toBe('tooLong');
      expect(enc.error.chars).toBeGreaterThan(MAX_SHARE_CHARS);
    }
  });

  it('reports a tampered, truncated or foreign link and never throws', () => {
    const enc = encodeShareFragment(EXAMPLES[2]!.build());
    if (!enc.ok) throw new Error('must encode');
    const v = enc.value;
    const flipped = v.slice(0, 40) + (v[40] === 'A' ? 'B' : 'A') + v.slice(41);
    for (const [bad, words] of [
      [flipped, 'damaged'],
      [v.slice(0, v.length - 10), 'damaged'],
      ['pod=1.$$$', 'characters'],
      ['pod=9.abc', 'newer podplan'],
      ['utm_source=x', 'does not hold a podplan layout'],
    ] as const) {
      const r = decodeShareFragment(bad);
      expect(r.ok, bad.slice(0, 20)).toBe(false);
      if (!r.ok) expect(r.error[0]?.message).toContain(words);
    }
  });

  it('never throws on arbitrary fragments', () => {
    // The property fails if decoding throws; random text is never a valid link.
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(decodeShareFragment(`pod=2.${s}`).ok).toBe(false);
      }),
    );
  });

  it('base64url round-trips arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes);
      }),
    );
  });
});
