/**
 * Plain words for what a file holds and what the schema wanted there, so that an issue reads
 * "expected a whole number ≥ 0, got -1" rather than a validator's internal codes.
 */
import type { JsonSchemaNode } from './schemaNode';

const SHOWN_TEXT_LENGTH = 40;

/** Describes a value found in a file: `-1`, `the text "12"`, `a list of 3 items`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    return value.length <= SHOWN_TEXT_LENGTH
      ? `the text ${JSON.stringify(value)}`
      : `text of ${value.length} characters (${JSON.stringify(value.slice(0, 20))}...)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty list';
    return value.length === 1 ? 'a list of 1 item' : `a list of ${value.length} items`;
  }
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** `'a', 'b' or 'c'`. */
export function orList(items: readonly unknown[]): string {
  const quoted = items.map((item) => (typeof item === 'string' ? `'${item}'` : JSON.stringify(item)));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function rangeWords(node: JsonSchemaNode, integer: boolean): string {
  const max = node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER ? node.maximum : undefined;
  if (integer && node.minimum !== undefined && max !== undefined) return ` from ${node.minimum} to ${max}`;
  const parts: string[] = [];
  if (node.minimum !== undefined) parts.push(`≥ ${node.minimum}`);
  if (node.exclusiveMinimum !== undefined) parts.push(`> ${node.exclusiveMinimum}`);
  if (max !== undefined) parts.push(`≤ ${max}`);
  if (node.exclusiveMaximum !== undefined) parts.push(`< ${node.exclusiveMaximum}`);
  return parts.length === 0 ? '' : ` ${parts.join(' and ')}`;
}

function textWords(node: JsonSchemaNode): string {
  const example = node.examples?.[0];
  if (node.pattern !== undefined && typeof example === 'string') return `text like '${example}'`;
  const { minLength: min, maxLength: max } = node;
  if (min !== undefined && max !== undefined) return `text of ${min} to ${max} characters`;
  if (max !== undefined) return `text of at most ${max} characters`;
  if (min !== undefined) return `text of at least ${min} character${min === 1 ? '' : 's'}`;
  return 'text';
}

/** Describes what the schema accepts at a node: `a whole number ≥ 0`, `one of 'front' or 'rear'`, `a list`. */
export function describeExpected(node: JsonSchemaNode | undefined): string {
  if (node === undefined) return 'nothing here';
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum !== undefined) return `one of ${orList(node.enum)}`;
  switch (node.type) {
    case 'integer':
      return `a whole number${rangeWords(node, true)}`;
    case 'number':
      return node.multipleOf !== undefined
        ? `a multiple of ${node.multipleOf}${rangeWords(node, true)}`
        : `a number${rangeWords(node, false)}`;
    case 'string':
      return textWords(node);
    case 'boolean':
      return 'true or false';
    case 'array':
      return node.maxItems !== undefined ? `a list of at most ${node.maxItems} items` : 'a list';
    case 'object':
      return 'an object';
    default:
      return 'a valid value';
  }
}
