import { useDraft } from './useDraft';

/** A text field that stores its value as one command when it loses focus. */
export function BlurField({
  label,
  value,
  max,
  multiline,
  onCommit,
}: {
  label: string;
  value: string;
  max: number;
  multiline?: boolean;
  onCommit: (v: string) => Promise<boolean>;
}) {
  const [draft, setDraft] = useDraft(value);
  const commit = () => {
    if (draft !== value) void onCommit(draft);
  };
  return (
    <label className="field">
      {label}
      {multiline ? (
        <textarea
          value={draft}
          maxLength={max}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          dir="auto"
        />
      ) : (
        <input
          value={draft}
          maxLength={max}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
          dir="auto"
        />
      )}
    </label>
  );
}
