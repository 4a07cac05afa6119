/**
 * Share links in the app: the URL to copy for the working layout, and what an incoming `#pod=…` fragment holds.
 * Both go through the core's `encodeShareFragment` / `decodeShareFragment` (checksum, then the layout loader).
 */
import type { Layout, Result, ShareOptions, SharePart } from '../core';
import { decodeShareFragment, encodeShareFragment, err, ok } from '../core';

export type ShareUrlError = {
  readonly kind: 'tooLong';
  readonly chars: number;
  readonly limit: number;
  readonly parts: readonly SharePart[];
};

/** `base` is the page address without its fragment. */
export function shareUrlFor(
  layout: Layout,
  base: string,
  options: ShareOptions = {},
): Result<string, ShareUrlError> {
  const encoded = encodeShareFragment(layout, options);
  return encoded.ok ? ok(`${base}#${encoded.value}`) : err(encoded.error);
}

export type IncomingShare =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | { readonly kind: 'layout'; readonly layout: Layout };

/** Reads a location hash: nothing to do, a layout to offer, or the reasons the link is refused. */
export function readIncomingShare(hash: string): IncomingShare {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith('pod=')) return { kind: 'none' };
  const decoded = decodeShareFragment(h);
  if (decoded.ok) return { kind: 'layout', layout: decoded.value };
  return {
    kind: 'invalid',
    problems: decoded.error.map((i) => (i.path === '$' ? i.message : `${i.path}: ${i.message}`)),
  };
}
