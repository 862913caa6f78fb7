import type { ParticipantRecord } from '@shared/model';

/** Choose a participant by pseudonym, or nobody (the first option, with its own label). */
export function ParticipantSelect({
  participants,
  value,
  onChange,
  noneLabel,
  ariaLabel,
}: {
  participants: readonly ParticipantRecord[];
  value: string | null;
  onChange: (participantId: string | null) => void;
  noneLabel: string;
  ariaLabel?: string;
}) {
  return (
    <select aria-label={ariaLabel} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{noneLabel}</option>
      {participants.map((p) => (
        <option key={p.id} value={p.id}>
          {p.pseudonym}
        </option>
      ))}
    </select>
  );
}
