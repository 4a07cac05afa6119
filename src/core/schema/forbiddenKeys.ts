/**
 * Keys that can reach `Object.prototype` when a parsed file is merged or copied carelessly. `JSON.parse` keeps
 * `"__proto__"` as an ordinary own key, so the parsed value is walked and every such key reported with its path.
 */
import type { InputIssue } from '../model/result';
import { jsonPath } from './jsonPath';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any podplan file; stops the walk on cyclic or absurdly nested input. */
const MAX_DEPTH = 64;

function hasKeys(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}

/** Every forbidden key anywhere in `value`, in document order; the walk stops once `limit` are found. */
export function findForbiddenKeys(value: unknown, limit = Number.POSITIVE_INFINITY): InputIssue[] {
  const issues: InputIssue[] = [];
  const walk = (node: unknown, path: PropertyKey[]): void => {
    if (typeof node !== 'object' || node === null || issues.length >= limit) return;
    if (path.length >= MAX_DEPTH) {
      issues.push({
        path: jsonPath(path),
        message: `nested too deeply: a podplan file never goes ${MAX_DEPTH} levels deep`,
      });
      return;
    }
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length && issues.length < limit; index++) {
        const item: unknown = node[index];
        if (typeof item === 'object' && item !== null && (Array.isArray(item) || hasKeys(item)))
          walk(item, [...path, index]);
      }
      return;
    }
    for (const key of Object.keys(node)) {
      if (issues.length >= limit) return;
      if (FORBIDDEN.has(key)) {
        issues.push({
          path: jsonPath([...path, key]),
          message: `forbidden key '${key}': podplan files never use it, and it could tamper with object prototypes`,
        });
      } else {
        walk((node as Record<string, unknown>)[key], [...path, key]);
      }
    }
  };
  walk(value, []);
  return issues;
}
