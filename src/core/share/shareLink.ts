/**
 * Share links: a layout (with its quote and scenarios) compressed into the URL fragment, `#pod=1.<payload>`, where
 * the payload is base64url of zlib-deflated canonical JSON. zlib's Adler-32 checksum catches a truncated or edited
 * payload; the decoded JSON then passes the same loader as a file, so a tampered link can never yield a layout the
 * loader would refuse. The fragment never reaches a server.
 */
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import type { Layout } from '../model/layout';
import type { InputIssue, Result } from '../model/result';
import { err, ok } from '../model/result';
import { loadLayout } from '../schema/loadLayout';
import { serializeLayout } from '../schema/serializeLayout';
import { decodeBase64url, encodeBase64url } from './base64url';

/** The fragment key and format version. */
export const SHARE_PREFIX = 'pod=1.';
/**
 * Longest fragment we hand out. Browsers take far longer URLs, but chat tools, mail clients and QR codes truncate
 * long links; past this the app offers the file export instead.
 */
export const MAX_SHARE_CHARS = 16_384;

export type ShareEncodeError = { readonly kind: 'tooLong'; readonly chars: number; readonly limit: number };

/** Encodes a layout as a URL fragment (without `#`), or says why not. */
export function encodeShareFragment(layout: Layout): Result<string, ShareEncodeError> {
  const json = serializeLayout(layout);
  const packed = zlibSync(strToU8(json), { level: 9 });
  const fragment = SHARE_PREFIX + encodeBase64url(packed);
  if (fragment.length > MAX_SHARE_CHARS)
    return err({ kind: 'tooLong', chars: fragment.length, limit: MAX_SHARE_CHARS });
  return ok(fragment);
}

/** Decodes a fragment (with or without `#`). Every failure is a message, never an exception. */
export function decodeShareFragment(fragment: string): Result<Layout, InputIssue[]> {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  const fail = (message: string) => err([{ path: '$', message }]);
  if (!f.startsWith('pod=')) return fail('this link does not hold a podplan layout');
  if (!f.startsWith(SHARE_PREFIX)) return fail('this link was made by a newer podplan (unknown link format)');
  if (f.length > MAX_SHARE_CHARS * 2)
    return fail('this link is far longer than podplan makes; it was altered');
  const bytes = decodeBase64url(f.slice(SHARE_PREFIX.length));
  if (!bytes) return fail('this link is damaged: it holds characters a podplan link never has');
  let json: string;
  try {
    json = strFromU8(unzlibSync(bytes));
  } catch {
    return fail('this link is damaged or was edited: its checksum does not match (was it cut short?)');
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return fail('this link is damaged: its content is not JSON');
  }
  return loadLayout(value);
}
