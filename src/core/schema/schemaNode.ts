/**
 * The JSON Schema node that describes a value at a path, following `$ref`s into `$defs`, `additionalProperties` for
 * records and, for a union (`oneOf`/`anyOf`, such as a catalog item's kinds), the branch the value in the file
 * belongs to: the one whose `kind` constant matches, else the first whose type matches. Messages built from the node
 * then say what that field expects ("a number from 0 to 60") instead of "nothing here".
 */

/** The parts of a JSON Schema node the loaders read. */
export interface JsonSchemaNode {
  readonly type?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
  readonly examples?: readonly unknown[];
  readonly description?: string;
  readonly items?: JsonSchemaNode;
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly additionalProperties?: JsonSchemaNode | boolean;
  readonly required?: readonly string[];
  readonly oneOf?: readonly JsonSchemaNode[];
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchemaNode>>;
}

const REF_PREFIX = '#/$defs/';

function typeMatches(node: JsonSchemaNode, value: unknown): boolean {
  switch (node.type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return node.const !== undefined ? node.const === value : false;
  }
}

function kindOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'kind')
    ? (value as { readonly kind: unknown }).kind
    : undefined;
}

function kindConst(root: JsonSchemaNode, branch: JsonSchemaNode): unknown {
  const kind = branch.properties?.kind;
  return kind === undefined ? undefined : resolveNode(root, kind, undefined).const;
}

/** `node` with references and unions resolved against the value found in the file. */
export function resolveNode(root: JsonSchemaNode, node: JsonSchemaNode, value: unknown): JsonSchemaNode {
  let current = node;
  for (let hops = 0; hops < 16; hops++) {
    if (current.$ref !== undefined && current.$ref.startsWith(REF_PREFIX)) {
      const target = root.$defs?.[current.$ref.slice(REF_PREFIX.length)];
      if (target === undefined) return current;
      current = target;
      continue;
    }
    const branches = current.oneOf ?? current.anyOf;
    if (branches === undefined || branches.length === 0) return current;
    const resolved = branches.map((b) => resolveNode(root, b, value));
    const kind = kindOf(value);
    current =
      resolved.find((b) => kind !== undefined && kindConst(root, b) === kind) ??
      resolved.find((b) => typeMatches(b, value)) ??
      resolved[0]!;
  }
  return current;
}

/** The node describing the value at `path` inside `rootValue`, or `undefined` where the schema has none. */
export function schemaNodeAt(
  root: JsonSchemaNode,
  path: readonly PropertyKey[],
  rootValue: unknown,
): JsonSchemaNode | undefined {
  let value = rootValue;
  let node: JsonSchemaNode | undefined = resolveNode(root, root, value);
  for (const segment of path) {
    if (node === undefined) return undefined;
    const child: unknown =
      typeof value === 'object' && value !== null && Object.hasOwn(value, segment)
        ? (value as Record<PropertyKey, unknown>)[segment]
        : undefined;
    let next: JsonSchemaNode | undefined;
    if (typeof segment === 'number') next = node.items;
    else if (
      typeof segment === 'string' &&
      node.properties !== undefined &&
      Object.hasOwn(node.properties, segment)
    )
      next = node.properties[segment];
    else if (typeof segment === 'string' && typeof node.additionalProperties === 'object')
      next = node.additionalProperties;
    node = next === undefined ? undefined : resolveNode(root, next, child);
    value = child;
  }
  return node;
}
