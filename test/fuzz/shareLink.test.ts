/**
 * Fuzz: the share-link decoder, `pod=2.` (raw deflate + CRC-32) and `pod=1.` (zlib), over single-character edits of
 * real links, random text after the prefix, and hostile layouts packed by a forger who computes a valid checksum.
 * Nothing throws; an edited `pod=2.` link is always refused (the checksum catches every single-character edit); an
 * accepted layout holds only finite numbers inside the bounds; every refusal says what is wrong with the link.
 */
import { deflateSync, strToU8, zlibSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, MAX_LAYOUT_ISSUES, parseLayoutJson } from '../../src/core';
import type { InputIssue, Layout, Result } from '../../src/core';
import { encodeBase64url } from '../../src/core/share/base64url';
import { crc32 } from '../../src/core/share/crc32';
import { expectBounded } from './support/bounded';
import { charEdit, mutatedText } from './support/hostileJson';
import { expectNamedIssues } from './support/issues';
import { EXAMPLE_TEXTS, LAYOUT_SEEDS } from './support/seeds';

function expectSoundOutcome(result: Result<Layout, InputIssue[]>): void {
  if (result.ok) expectBounded(result.value);
  else expectNamedIssues(result.error, MAX_LAYOUT_ISSUES);
}

/** A current-format link over any JSON text, checksum and all, as a forger would build it. */
function forgeV2(json: string): string {
  const deflated = deflateSync(strToU8(json));
  const framed = new Uint8Array(deflated.length + 4);
  framed.set(deflated);
  new DataView(framed.buffer).setUint32(deflated.length, crc32(deflated), true);
  return `pod=2.${encodeBase64url(framed)}`;
}

const forgeV1 = (json: string): string => `pod=1.${encodeBase64url(zlibSync(strToU8(json)))}`;

const layouts = EXAMPLE_TEXTS.map((text) => {
  const parsed = parseLayoutJson(text);
  if (!parsed.ok) throw new Error('an example does not load');
  return parsed.value;
});
const LINKS_V2 = layouts.flatMap((layout) => {
  const link = encodeShareFragment(layout);
  return link.ok ? [link.value] : [];
});
const LINKS_V1 = EXAMPLE_TEXTS.map((text) => forgeV1(JSON.stringify(JSON.parse(text))));

describe('fuzz: share-link decoder', () => {
  it('opens the seed links of both formats', () => {
    expect(LINKS_V2.length).toBeGreaterThanOrEqual(3);
    for (const link of [...LINKS_V2, ...LINKS_V1]) expect(decodeShareFragment(`#${link}`).ok).toBe(true);
  });

  it('pod=2.: every single-character edit is refused, with a message', () => {
    const edited = fc
      .nat(LINKS_V2.length - 1)
      .chain((i) => charEdit(LINKS_V2[i]!).map((link) => ({ link, original: LINKS_V2[i]! })));
    fc.assert(
      fc.property(edited, ({ link, original }) => {
        fc.pre(link.replace(/^#/, '') !== original);
        const result = decodeShareFragment(link);
        expect(result.ok).toBe(false);
        expectSoundOutcome(result);
      }),
      { numRuns: 300 },
    );
  });

  it('pod=1.: single-character edits never crash and never yield an unbounded layout', () => {
    const edited = fc.nat(LINKS_V1.length - 1).chain((i) => charEdit(LINKS_V1[i]!));
    fc.assert(
      fc.property(edited, (link) => expectSoundOutcome(decodeShareFragment(link))),
      { numRuns: 200 },
    );
  });

  it('any text after either prefix: refused with a message, never a throw', () => {
    const link = fc.tuple(
      fc.constantFrom('pod=2.', 'pod=1.', '#pod=2.', 'pod=3.', 'pod=', ''),
      fc.oneof(fc.string({ maxLength: 200 }), fc.base64String({ maxLength: 400 })),
    );
    fc.assert(
      fc.property(link, ([prefix, body]) => expectSoundOutcome(decodeShareFragment(prefix + body))),
      { numRuns: 300 },
    );
  });

  it('forged links holding mutated layouts (valid checksum): bounded layout or named issues', () => {
    const forged = fc.tuple(mutatedText(LAYOUT_SEEDS), fc.boolean());
    fc.assert(
      fc.property(forged, ([json, v2]) =>
        expectSoundOutcome(decodeShareFragment(v2 ? forgeV2(json) : forgeV1(json))),
      ),
      { numRuns: 120 },
    );
  });

  it('forged catalog references: unknown or mistyped SKUs in place of catalog items are refused with their path', () => {
    const ref = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom<unknown>(1, null, [], '__proto__', 'rack-nvl72'),
    );
    const forged = fc.tuple(fc.nat(LAYOUT_SEEDS.length - 1), fc.array(ref, { minLength: 1, maxLength: 5 }));
    fc.assert(
      fc.property(forged, ([s, items]) => {
        const json = JSON.stringify({ ...(LAYOUT_SEEDS[s] as object), catalogItems: items });
        expectSoundOutcome(decodeShareFragment(forgeV2(json)));
      }),
      { numRuns: 150 },
    );
  });

  it('a deflate bomb: a short link inflating to megabytes of nothing is refused without a throw', () => {
    const bomb = forgeV2(' '.repeat(4 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(32_768);
    expectSoundOutcome(decodeShareFragment(bomb));
  });
});
