/**
 * JSON paths for messages, in the `$.racks[2].position.row` style: indices in brackets, identifier-like keys after a
 * dot, any other key quoted in brackets (`$.racks[0]["rack name"]`).
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** One path segment as it is appended to a JSON path. */
export function pathSegment(segment: PropertyKey): string {
  if (typeof segment === 'number') return `[${segment}]`;
  if (typeof segment === 'symbol') return `[${String(segment)}]`;
  return IDENTIFIER.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
}

/** The JSON path of `segments`, starting from the document root `$`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return `$${segments.map(pathSegment).join('')}`;
}
