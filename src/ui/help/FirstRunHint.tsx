/** A first-run hint in a strip above the 3D view (never over it), until it is closed once (remembered with the preferences). */
import { setPreferences, usePreferences } from '../../state/preferences';

export function FirstRunHint() {
  const dismissed = usePreferences((s) => s.hintDismissed);
  if (dismissed) return null;
  return (
    <aside className="first-run-hint" aria-label="Getting started" data-testid="first-run-hint">
      <p>
        <strong>New to podplan?</strong> Start from an example (File ▸ New pod), drag gear from the catalog
        into the pod, and watch Capacity and Diagnostics. Press <kbd>?</kbd> for help and the keyboard map.
      </p>
      <button
        type="button"
        className="notice-close"
        aria-label="Close the getting-started hint"
        onClick={() => setPreferences({ hintDismissed: true })}
      >
        ×
      </button>
    </aside>
  );
}
