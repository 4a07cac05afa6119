import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Belt and braces beside the lint rule: src/core stays free of UI libraries, Node built-ins and DOM globals. */
const CORE = new URL('../src/core', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? files(path)
      : path.endsWith('.ts') && !path.endsWith('.test.ts')
        ? [path]
        : [];
  });

const FORBIDDEN_IMPORT =
  /from\s+['"](react|react-dom|three|@react-three\/[^'"]+|zustand[^'"]*|node:[^'"]+|fs|path|os)['"]/;
const DOM_GLOBAL = /(?<![.\w])(window|document|localStorage|sessionStorage|navigator)\s*[.[]/;

describe('The planning core', () => {
  const sources = files(CORE);

  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(20);
  });

  it('imports nothing from React, three, zustand or Node, and touches no DOM global', () => {
    const offenders: string[] = [];
    for (const file of sources) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const trimmed = line.trim();
          if (trimmed.startsWith('*') || trimmed.startsWith('/*')) return; // doc comments may say 'document.'
          const code = line.replace(/\/\/.*$/, '');
          if (FORBIDDEN_IMPORT.test(code) || DOM_GLOBAL.test(code))
            offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('catches a forbidden line when one is present (the check itself works)', () => {
    expect(FORBIDDEN_IMPORT.test("import { create } from 'zustand';")).toBe(true);
    expect(DOM_GLOBAL.test('const x = window.innerWidth;')).toBe(true);
    expect(DOM_GLOBAL.test('const windowWidth = 3;')).toBe(false);
  });
});
