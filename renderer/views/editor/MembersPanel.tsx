import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseState, MemberRecord, Relation } from '@shared/model';
import { relationSchema, TEXT_LIMITS } from '@shared/model';
import type { Dispatch } from '@shared/commands';

/** Family members (pseudonyms), so ages can be shown along the line. */
export function MembersPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('member.title')}</h2>
      {state.members.length > 0 && (
        <div className="member-head muted" aria-hidden>
          <span>{t('member.pseudonym')}</span>
          <span>
            {t('member.relation')} · {t('member.birthYear')}
          </span>
        </div>
      )}
      <ul className="stack member-list">
        {state.members.map((m) => (
          <MemberRow key={m.id} member={m} dispatch={dispatch} />
        ))}
      </ul>
      <button
        type="button"
        onClick={() =>
          void dispatch('member.add', { pseudonym: t('member.newName'), relation: 'kind', birthYear: null })
        }
      >
        + {t('member.add')}
      </button>
    </section>
  );
}

function MemberRow({ member, dispatch }: { member: MemberRecord; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const commitName = () => {
    const trimmed = (name ?? '').trim();
    if (name !== null && trimmed && trimmed !== member.pseudonym)
      void dispatch('member.update', { id: member.id, pseudonym: trimmed });
    setName(null);
  };
  const commitYear = () => {
    if (year === null) return;
    const parsed = year.trim() === '' ? null : Number(year);
    if (parsed === null || (Number.isInteger(parsed) && parsed >= 1900 && parsed <= 2200))
      void dispatch('member.update', { id: member.id, birthYear: parsed });
    setYear(null);
  };
  return (
    <li className="row member-row" data-member-id={member.id}>
      <input
        className="member-name"
        aria-label={t('member.pseudonym')}
        value={name ?? member.pseudonym}
        maxLength={TEXT_LIMITS.name}
        onChange={(e) => setName(e.target.value)}
        onBlur={commitName}
        onKeyDown={(e) => e.key === 'Enter' && commitName()}
        dir="auto"
      />
      <select
        className="member-relation"
        aria-label={t('member.relation')}
        value={member.relation}
        onChange={(e) =>
          void dispatch('member.update', { id: member.id, relation: e.target.value as Relation })
        }
      >
        {relationSchema.options.map((r) => (
          <option key={r} value={r}>
            {t(`member.relations.${r}`)}
          </option>
        ))}
      </select>
      <input
        className="member-year"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={4}
        aria-label={t('member.birthYear')}
        placeholder={t('member.unknown')}
        value={year ?? (member.birthYear === null ? '' : String(member.birthYear))}
        onChange={(e) => setYear(e.target.value)}
        onBlur={commitYear}
        onKeyDown={(e) => e.key === 'Enter' && commitYear()}
      />
      <button
        type="button"
        className="danger member-delete"
        aria-label={`${t('app.delete')}: ${member.pseudonym}`}
        onClick={() => void dispatch('member.delete', { id: member.id })}
      >
        ✕
      </button>
    </li>
  );
}
