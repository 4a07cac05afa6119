/** Checks every fuzz target's refusals share: each issue says where (a JSON path, a line, a file) and what. */
import { expect } from 'vitest';
import type { InputIssue } from '../../../src/core';

/**
 * A refusal by a JSON loader: at least one issue and at most `cap`; each path a JSON path from `$`, each message
 * a sentence (not the vague "expected nothing here"); an issue at `$` itself concerns the whole document.
 */
export function expectNamedIssues(issues: readonly InputIssue[], cap: number): void {
  expect(issues.length).toBeGreaterThan(0);
  expect(issues.length).toBeLessThanOrEqual(cap);
  for (const issue of issues) {
    expect(issue.path, issue.message).toMatch(/^\$/);
    expect(issue.message.trim().length, issue.path).toBeGreaterThan(0);
    expect(issue.message).not.toMatch(/nothing here|internal error|undefined|\[object Object\]/);
  }
}
