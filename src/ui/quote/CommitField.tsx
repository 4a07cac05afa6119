/** A text field that commits on Enter (inputs) or on leaving it, Escape drops the draft: one undo step per commit. */
import { useId, useState } from 'react';

export function CommitField({
  label,
  value,
  onCommit,
  testId,
  multiline = false,
  type = 'text',
}: {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly testId: string;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'date' | 'number';
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const common = {
    id,
    value: draft ?? value,
    'data-testid': testId,
    onBlur: commit,
  };
  return (
    <div className="quote-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
        />
      ) : (
        <input
          {...common}
          type={type}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(null);
          }}
        />
      )}
    </div>
  );
}
