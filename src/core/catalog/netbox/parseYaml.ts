/**
 * YAML text → one plain JS value, or a reason the file cannot be read. Never throws: the `yaml` parser collects its
 * errors in the document, and anything else it raises is caught and turned into a reason.
 */
import { parseAllDocuments } from 'yaml';
import type { Result } from '../../model/result';
import { err, ok } from '../../model/result';

/** Aliases a file may expand before it is refused (guards against "billion laughs" files). */
const MAX_ALIAS_COUNT = 100;

/**
 * Parses the single YAML document of a file. Empty streams, multi-document streams (NetBox holds one device type per file) and syntax
 * errors are reasons, with the line where the parser reports one.
 */
export function parseSingleYamlDocument(text: string): Result<ParsedYaml, string> {
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

function parseStrict(text: string): Result<ParsedYaml, string> {
  try {
    // Duplicate keys are YAML errors (the library's yamllint refuses them too); the message names the line.
    const docs = parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true });
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
    if (first) return err(`malformed YAML: ${oneLine(first.message)}`);
    return ok({ value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, repaired: [] });
  } catch (e) {
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
