/**
 * YAML text → one plain JS value, or a reason the file cannot be read. Never throws: the `yaml` parser collects its
 * errors in the document, and anything else it raises is caught and turned into a reason.
 */
import { isMap, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import type { Result } from '../../model/result';
import { err, ok } from '../../model/result';

/** Aliases a file may expand before it is refused (guards against "billion laughs" files). */
const MAX_ALIAS_COUNT = 100;
/**
 * Longest file read, in characters: 40 times the largest real device type (6.4 KB), and small enough that parsing
 * stays well under a second. A longer file is refused before parsing.
 */
export const MAX_YAML_CHARS = 256 * 1024;
/** Deepest nesting of mappings and lists read (a device type is 3 levels deep). */
export const MAX_YAML_DEPTH = 32;
/** Flow brackets (`[`, `{`) opened before the file is refused without parsing: the parser recurses on them. */
const MAX_FLOW_DEPTH = MAX_YAML_DEPTH;

const kb = (chars: number): string => `${Math.round(chars / 1024)} KB`;

/**
 * Parses the single YAML document of a file. Empty streams, multi-document streams (NetBox holds one device type per file) and syntax
 * errors are reasons, with the line where the parser reports one.
 */
export function parseSingleYamlDocument(text: string): Result<ParsedYaml, string> {
  if (text.length > MAX_YAML_CHARS) {
    return err(
      `the file is ${kb(text.length)}; a NetBox device type is at most ${kb(MAX_YAML_CHARS)} (the largest real one is under 10 KB)`,
    );
  }
  if (flowDepth(text) > MAX_FLOW_DEPTH) return err(tooDeep());
  const strict = parseStrict(text);
  if (strict.ok) return strict;
  // PyYAML (which the upstream library is checked with) accepts multi-line quoted text whose continuation lines
  // start at column 0; YAML 1.2 parsers do not. Retry once with those lines indented by one space.
  const repaired = indentQuotedContinuations(text);
  if (repaired.changed) {
    const retry = parseStrict(repaired.text);
    if (retry.ok) return ok({ value: retry.value.value, repaired: repaired.keys });
  }
  return strict;
}

/** A parsed document and the top-level keys whose quoted text had to be re-indented to parse. */
export interface ParsedYaml {
  readonly value: unknown;
  readonly repaired: readonly string[];
}

/** The parser records a stack overflow on deep nesting as an ordinary error; it is the nesting, not the syntax. */
const isStackOverflow = (message: string): boolean => /maximum call stack/i.test(message);

const tooDeep = (): string =>
  `nested more than ${MAX_YAML_DEPTH} levels deep; a NetBox device type is a few levels deep`;

/** The deepest nesting of flow brackets, skipping quoted text and comments (an upper bound is enough here). */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === '\n') quote = '';
  }
  return max;
}

/**
 * The first problem with the document's structure: nesting deeper than {@link MAX_YAML_DEPTH} or a key given twice
 * in one mapping (yamllint refuses duplicates too), with its line. Iterative and linear in the document's size (the
 * parser's own duplicate check compares every pair of keys: 40,000 keys took minutes).
 */
function structureProblem(doc: Document, lines: LineCounter): string | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_YAML_DEPTH) return tooDeep();
    const seen = new Set<string>();
    for (const item of node.items) {
      if (isMap(node)) {
        const pair = item as { key: unknown; value: unknown };
        const key = pair.key as { value?: unknown; range?: readonly number[] } | null;
        const name =
          key !== null && typeof key === 'object' && 'value' in key ? String(key.value) : String(key);
        if (seen.has(name)) {
          const line = key?.range?.[0] === undefined ? '' : ` at line ${lines.linePos(key.range[0]).line}`;
          return `malformed YAML: map keys must be unique ('${name}' is given twice${line})`;
        }
        seen.add(name);
        stack.push({ node: pair.value, depth: depth + 1 });
      } else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

function parseStrict(text: string): Result<ParsedYaml, string> {
  try {
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: false, lineCounter });
    if (!Array.isArray(docs)) return err('the file holds no YAML document');
    const nonEmpty = docs.filter((doc) => doc.contents !== null || doc.errors.length > 0);
    if (nonEmpty.length === 0) return err('the file holds no YAML document');
    if (nonEmpty.length > 1) {
      return err(
        `multi-document YAML (${nonEmpty.length} documents); a NetBox device type is one document per file`,
      );
    }
    const doc = nonEmpty[0]!;
    const first = doc.errors[0];
    if (first)
      return err(isStackOverflow(first.message) ? tooDeep() : `malformed YAML: ${oneLine(first.message)}`);
    const problem = structureProblem(doc, lineCounter);
    if (problem !== undefined) return err(problem);
    return ok({ value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, repaired: [] });
  } catch (e) {
    // The parser recurses on nesting; a stack overflow is reported as what it means, not in the engine's words.
    if (e instanceof RangeError) return err(tooDeep());
    return err(`malformed YAML: ${oneLine(e instanceof Error ? e.message : String(e))}`);
  }
}

/** The first line of a parser message (pretty errors append a source excerpt). */
function oneLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/**
 * Indents by one space the column-0 continuation lines of top-level `key: 'multi-line quoted'` values. Only lines
 * inside an unclosed quoted scalar are touched ('' is an escaped single quote, \" an escaped double quote).
 */
export function indentQuotedContinuations(text: string): { text: string; changed: boolean; keys: string[] } {
  const lines = text.split('\n');
  const keys: string[] = [];
  let quote: "'" | '"' | null = null;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (quote === null) {
      const m = /^([A-Za-z_][\w-]*):[ \t]+(['"])(.*)$/.exec(line);
      if (m && !closes(m[3]!, m[2] as "'" | '"')) {
        quote = m[2] as "'" | '"';
        keys.push(m[1]!);
      }
      continue;
    }
    if (line.length > 0 && !/^[ \t]/.test(line)) {
      lines[i] = ` ${line}`;
      changed = true;
    }
    if (closes(line, quote)) quote = null;
  }
  return { text: lines.join('\n'), changed, keys: changed ? keys : [] };
}

/** Whether a quoted scalar's text closes on this line. */
function closes(rest: string, quote: "'" | '"'): boolean {
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (quote === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c !== quote) continue;
    if (quote === "'" && rest[i + 1] === "'") {
      i++;
      continue;
    }
    return true;
  }
  return false;
}
