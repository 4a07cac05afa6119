/**
 * Another tab saved this pod: the user picks which version to keep. Neither is lost: the one not kept goes aside
 * for download (and opening the other tab's leaves this tab's one Undo away).
 */
import { useEditor } from '../../state/editorContext';
import { getPersistence } from '../../state/persist/persistence';

export function TabConflictDialog() {
  const conflict = useEditor((s) => s.session.tabConflict);
  if (!conflict) return null;
  const autosave = getPersistence()?.autosave;
  return (
    <div
      className="tab-conflict"
      role="alertdialog"
      aria-labelledby="tab-conflict-text"
      data-testid="tab-conflict"
    >
      <p id="tab-conflict-text">
        <strong>This pod is also open in another tab</strong>, which saved changes at{' '}
        {new Date(conflict.theirsSavedAt).toLocaleTimeString()}. Saving here is paused so that neither tab
        overwrites the other. Which version do you want to keep? The other one is kept aside for download.
      </p>
      <div className="tab-conflict-buttons">
        <button
          type="button"
          className="primary"
          autoFocus
          onClick={() => void autosave?.takeTheirs()}
          data-testid="take-theirs"
        >
          Open the other tab&apos;s version
        </button>
        <button type="button" onClick={() => void autosave?.keepMine()} data-testid="keep-mine">
          Keep this tab&apos;s version
        </button>
      </div>
    </div>
  );
}
