import { describe, expect, it } from 'vitest';
import { parseLayoutJson } from './loadLayout';
import { sampleLayoutFile } from './sampleLayout';

type Path = readonly (string | number)[];
type Container = Record<string | number, unknown>;

/** The sample file as JSON text after `edit` changed its parsed form. */
function sampleText(edit: (file: Container) => void): string {
  const file = JSON.parse(JSON.stringify(sampleLayoutFile())) as Container;
  edit(file);
  return JSON.stringify(file, null, 2);
}

function parentOf(file: Container, path: Path): [Container, string | number] {
  let node = file;
  for (const key of path.slice(0, -1)) node = node[key] as Container;
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty path');
  return [node, last];
}

/** The sample with the value at `path` replaced. */
const withValue = (path: Path, value: unknown): string =>
  sampleText((file) => {
    const [parent, key] = parentOf(file, path);
    parent[key] = value;
  });

/** The sample with the key at `path` removed. */
const without = (path: Path): string =>
  sampleText((file) => {
    const [parent, key] = parentOf(file, path);
    delete parent[key];
  });

/** The sample with a raw `"key": value` member inserted as the first member of the first rack. */
const withRawRackMember = (member: string): string =>
  JSON.stringify(sampleLayoutFile()).replace('"racks":[{', `"racks":[{${member},`);

interface Case {
  readonly name: string;
  readonly text: string;
  readonly path: string;
  readonly words: string;
}

const cases: readonly Case[] = [
  {
    name: 'a number where text belongs',
    text: withValue(['racks', 0, 'name'], 42),
    path: '$.racks[0].name',
    words: 'got 42',
  },
  {
    name: 'a negative U',
    text: withValue(['devices', 0, 'u'], -2),
    path: '$.devices[0].u',
    words: 'whole number from 1 to 60',
  },
  { name: 'a U of zero', text: withValue(['devices', 1, 'u'], 0), path: '$.devices[1].u', words: 'got 0' },
  {
    name: 'a fractional row',
    text: withValue(['racks', 1, 'position', 'row'], 1.5),
    path: '$.racks[1].position.row',
    words: 'whole number from 0 to 999',
  },
  {
    name: 'an unknown key',
    text: withValue(['racks', 0, 'colour'], 'red'),
    path: '$.racks[0].colour',
    words: "unknown key 'colour'",
  },
  {
    name: 'a misspelt key',
    text: withValue(['floor', 'aisleMn'], 1),
    path: '$.floor.aisleMn',
    words: "did you mean 'aisleMm'",
  },
  {
    name: 'a key that is not an identifier',
    text: withValue(['floor', 'aisle width'], 1),
    path: '$.floor["aisle width"]',
    words: 'unknown key',
  },
  {
    name: 'a missing required field',
    text: without(['devices', 0, 'face']),
    path: '$.devices[0].face',
    words: 'missing',
  },
  { name: 'a missing top-level list', text: without(['links']), path: '$.links', words: 'missing' },
  {
    name: 'a bad enum value',
    text: withValue(['sideItems', 0, 'side'], 'top'),
    path: '$.sideItems[0].side',
    words: "'left' or 'right'",
  },
  {
    name: 'a bad feed',
    text: withValue(['devices', 1, 'feed'], 'C'),
    path: '$.devices[1].feed',
    words: "'A' or 'B'",
  },
  {
    name: 'a bad coolant',
    text: withValue(['limits', 'coolant'], 'oil'),
    path: '$.limits.coolant',
    words: "'water' or 'pg25'",
  },
  {
    name: 'null for an optional field',
    text: withValue(['devices', 1, 'feed'], null),
    path: '$.devices[1].feed',
    words: 'got null',
  },
  {
    name: 'schemaVersion 3',
    text: withValue(['schemaVersion'], 3),
    path: '$.schemaVersion',
    words: 'newer podplan',
  },
  {
    name: 'no schemaVersion',
    text: without(['schemaVersion']),
    path: '$.schemaVersion',
    words: 'not a podplan layout',
  },
  {
    name: 'schemaVersion 0',
    text: withValue(['schemaVersion'], 0),
    path: '$.schemaVersion',
    words: 'whole number ≥ 1',
  },
  {
    name: 'schemaVersion as text',
    text: withValue(['schemaVersion'], '1'),
    path: '$.schemaVersion',
    words: 'the text "1"',
  },
  {
    name: 'a string instead of a list',
    text: withValue(['racks'], 'r1, r2'),
    path: '$.racks',
    words: 'a list',
  },
  {
    name: 'an object instead of a list',
    text: withValue(['floorUnits', 0, 'serves'], { r1: true }),
    path: '$.floorUnits[0].serves',
    words: 'a list',
  },
  {
    name: 'a duplicate rack id',
    text: withValue(['racks', 1, 'id'], 'r1'),
    path: '$.racks[1].id',
    words: "duplicate rack id 'r1' (first at $.racks[0])",
  },
  {
    name: 'a side item reusing a device id',
    text: withValue(['sideItems', 0, 'id'], 'gpu-1'),
    path: '$.sideItems[0].id',
    words: 'first at $.devices[0]',
  },
  {
    name: 'a duplicate floor unit id',
    text: withValue(['floorUnits', 1, 'id'], 'cdu-1'),
    path: '$.floorUnits[1].id',
    words: 'duplicate floor unit id',
  },
  {
    name: 'a __proto__ key',
    text: withRawRackMember('"__proto__":{"polluted":true}'),
    path: '$.racks[0].__proto__',
    words: 'forbidden',
  },
  {
    name: 'a constructor key',
    text: withValue(['limits', 'constructor'], {}),
    path: '$.limits.constructor',
    words: 'forbidden',
  },
  { name: 'a prototype key', text: withValue(['prototype'], 1), path: '$.prototype', words: 'forbidden' },
  {
    name: 'a JSON syntax error',
    text: '{\n  "schemaVersion": 1,\n  "name": "x",,\n}',
    path: '$',
    words: 'line 3, column 15',
  },
  { name: 'a comment in the JSON', text: '{ // pod\n}', path: '$', words: 'comments' },
  { name: 'a list at the top level', text: '[]', path: '$', words: 'a JSON object' },
  { name: 'a number at the top level', text: '42', path: '$', words: 'got 42' },
  {
    name: 'a number written as text',
    text: withValue(['limits', 'utilityFeedKw'], '12'),
    path: '$.limits.utilityFeedKw',
    words: 'got the text "12"',
  },
  {
    name: 'a zero utility feed',
    text: withValue(['limits', 'utilityFeedKw'], 0),
    path: '$.limits.utilityFeedKw',
    words: 'a number ≥ 0.001',
  },
  {
    name: 'a negative room air capacity (0 is allowed: no room cooling)',
    text: withValue(['limits', 'roomAirKw'], -5),
    path: '$.limits.roomAirKw',
    words: '≥ 0',
  },
  {
    name: 'a derating above 1',
    text: withValue(['limits', 'deratingFraction'], 1.25),
    path: '$.limits.deratingFraction',
    words: '≤ 1',
  },
  {
    name: 'too many rows',
    text: withValue(['floor', 'rows'], 1001),
    path: '$.floor.rows',
    words: 'from 1 to 1000',
  },
  {
    name: 'a huge name',
    text: withValue(['name'], 'x'.repeat(5000)),
    path: '$.name',
    words: '1 to 200 characters',
  },
  {
    name: 'an empty id',
    text: withValue(['links', 0, 'id'], ''),
    path: '$.links[0].id',
    words: 'got the text ""',
  },
  {
    name: 'a port without index',
    text: withValue(['links', 0, 'b', 'port'], 'mgmt'),
    path: '$.links[0].b.port',
    words: "like 'compute/3'",
  },
];

describe('When a layout file is malformed', () => {
  it.each(cases)('reports $name at $path', ({ text, path, words }) => {
    const result = parseLayoutJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]?.path).toBe(path);
    expect(result.error[0]?.message).toContain(words);
  });

  it('states every problem in its own words, never the validator’s', () => {
    for (const { text } of cases) {
      const result = parseLayoutJson(text);
      if (result.ok) continue;
      for (const issue of result.error) {
        expect(issue.message).not.toMatch(/Invalid input|Too (small|big)|Unrecognized key|received/);
      }
    }
  });

  it('leaves Object.prototype untouched by a __proto__ key', () => {
    parseLayoutJson(withRawRackMember('"__proto__":{"polluted":true}'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
