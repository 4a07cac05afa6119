import { describe, expect, it } from 'vitest';
import { encodeShareFragment, serializeLayout } from '../core';
import { readIncomingShare, shareUrlFor } from './shareLinks';
import { podWithRacks } from './testing/podBuilder';

describe('When the app opens with a fragment', () => {
  it('ignores fragments that are not share links (#quote, empty)', () => {
    expect(readIncomingShare('')).toEqual({ kind: 'none' });
    expect(readIncomingShare('#quote')).toEqual({ kind: 'none' });
  });

  it('offers the layout a valid link holds, byte for byte the same file', () => {
    const layout = podWithRacks(2);
    const url = shareUrlFor(layout, 'http://127.0.0.1:5173/');
    expect(url.ok).toBe(true);
    const hash = url.ok ? url.value.slice(url.value.indexOf('#')) : '';
    const incoming = readIncomingShare(hash);
    expect(incoming.kind).toBe('layout');
    if (incoming.kind === 'layout') expect(serializeLayout(incoming.layout)).toBe(serializeLayout(layout));
  });

  it('refuses a cut-short or edited link with the reason', () => {
    const encoded = encodeShareFragment(podWithRacks(1));
    const fragment = encoded.ok ? encoded.value : '';
    const cut = readIncomingShare(`#${fragment.slice(0, -6)}`);
    expect(cut.kind).toBe('invalid');
    if (cut.kind === 'invalid') expect(cut.problems[0]).toMatch(/damaged|checksum/);
    expect(readIncomingShare('#pod=2.abc')).toMatchObject({ kind: 'invalid' });
  });
});
