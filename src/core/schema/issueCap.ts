/** The cap on issues a loader reports, so a file of millions of bad elements costs no more than a few hundred. */
import type { InputIssue } from '../model/result';

/**
 * `issues` when fewer than `cap` and complete; otherwise their first `cap - 1` and a last one at `$` saying that
 * checking stopped there.
 */
export function capIssues(issues: readonly InputIssue[], cap: number, stoppedEarly = false): InputIssue[] {
  if (issues.length < cap && !stoppedEarly) return [...issues];
  const shown = issues.slice(0, cap - 1);
  return [
    ...shown,
    {
      path: '$',
      message: `checking stopped after ${shown.length} issues; there are more (fix these and load the file again)`,
    },
  ];
}
