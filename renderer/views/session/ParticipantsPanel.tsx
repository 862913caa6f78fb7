import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { perspectiveOf, roleSchema, TEXT_LIMITS, type CaseState, type Role } from '@shared/model';
import type { Dispatch } from '@shared/commands';
import type { ParticipantIcon } from '@shared/model';
import { currentPhase, hasSpoken } from '@shared/session';
import { ParticipantChipDot } from '../../components/ParticipantChipDot';
import { IconPicker } from './IconPicker';

/** Participants by pseudonym and role (never real names), who has the floor, add and remove. */
export function ParticipantsPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const [pseudonym, setPseudonym] = useState('');
  const [role, setRole] = useState<Role>('ouder');
  const [organisation, setOrganisation] = useState('');
  const [fn, setFn] = useState('');
  const [icon, setIcon] = useState<ParticipantIcon | null>(null);
  // whose picture is being chosen (the chip of a participant opens the picker)
  const [picking, setPicking] = useState<string | null>(null);
  const speakerId = state.session?.speakerId ?? null;
  const phase = currentPhase(state);
  const professional = perspectiveOf(role) === 'professional';
  return (
    <section className="stack" aria-labelledby="participants-heading">
      <h2 id="participants-heading">
        {t('session.participants')} ({state.participants.length})
      </h2>
      {state.participants.length === 0 && <p className="muted">{t('session.noParticipants')}</p>}
      <ul className="participant-list">
        {state.participants.map((p) => (
          <li key={p.id} className={p.id === speakerId ? 'speaking' : undefined} data-participant-id={p.id}>
            <button
              type="button"
              className="chip-button"
              aria-expanded={picking === p.id}
              aria-label={t('session.chooseIcon', { name: p.pseudonym })}
              onClick={() => setPicking(picking === p.id ? null : p.id)}
            >
              <ParticipantChipDot participant={p} />
            </button>
            <span className="grow" dir="auto">
              <strong>{p.pseudonym}</strong>
              <span className="muted">
                {' '}
                · {t(`session.roles.${p.role}`)}
                {p.organisation && ` · ${p.organisation}`}
                {p.function && ` (${p.function})`}
              </span>
            </span>
            <label className="spoken" title={t('session.spoken')}>
              <input
                type="checkbox"
                checked={hasSpoken(state.session, phase, p.id)}
                aria-label={t('session.spokenFor', { name: p.pseudonym })}
                onChange={(e) =>
                  void dispatch('session.setSpoken', { participantId: p.id, spoken: e.target.checked })
                }
              />
              ✓
            </label>
            <button
              type="button"
              aria-pressed={p.id === speakerId}
              onClick={() =>
                void dispatch('session.setSpeaker', { participantId: p.id === speakerId ? null : p.id })
              }
            >
              {p.id === speakerId ? t('session.speaker') : t('session.giveFloor')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => void dispatch('participant.delete', { id: p.id })}
              aria-label={`${t('session.removeParticipant')} ${p.pseudonym}`}
            >
              ✕
            </button>
            {picking === p.id && (
              <div className="icon-row">
                <IconPicker
                  legend={t('session.chooseIcon', { name: p.pseudonym })}
                  value={p.icon}
                  colour={p.colour}
                  onChange={(next) => {
                    setPicking(null);
                    void dispatch('participant.update', { id: p.id, icon: next });
                  }}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <form
        className="stack add-participant"
        onSubmit={(e) => {
          e.preventDefault();
          if (!pseudonym.trim()) return;
          void dispatch('participant.add', {
            pseudonym: pseudonym.trim(),
            role,
            icon,
            organisation,
            function: fn,
          }).then((ok) => {
            if (ok) {
              setPseudonym('');
              setIcon(null);
              setOrganisation('');
              setFn('');
            }
          });
        }}
      >
        <div className="row">
          <label className="field grow">
            {t('session.pseudonym')}
            <input
              value={pseudonym}
              maxLength={TEXT_LIMITS.name}
              onChange={(e) => setPseudonym(e.target.value)}
              dir="auto"
            />
          </label>
          <label className="field">
            {t('session.role')}
            <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {roleSchema.options.map((r) => (
                <option key={r} value={r}>
                  {t(`session.roles.${r}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {professional && (
          <div className="row">
            <label className="field grow">
              {t('session.organisation')}
              <input
                value={organisation}
                maxLength={TEXT_LIMITS.organisation}
                onChange={(e) => setOrganisation(e.target.value)}
              />
            </label>
            <label className="field grow">
              {t('session.function')}
              <input value={fn} maxLength={TEXT_LIMITS.function} onChange={(e) => setFn(e.target.value)} />
            </label>
          </div>
        )}
        <IconPicker
          legend={`${t('session.icon')} — ${t('session.iconHint')}`}
          value={icon}
          colour="#4a5360"
          onChange={setIcon}
        />
        <button type="submit" className="primary" disabled={!pseudonym.trim()}>
          {t('session.addParticipant')}
        </button>
      </form>
    </section>
  );
}
