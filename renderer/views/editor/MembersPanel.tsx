import { useEffect, useRef, useState } from 'react';
import { useDraft } from '../../components/useDraft';
import { useTranslation } from 'react-i18next';
import type { CaseState, MemberRecord, Relation } from '@shared/model';
import { newId, relationSchema, TEXT_LIMITS } from '@shared/model';
import type { Dispatch } from '@shared/commands';

/** Family members (pseudonyms), so ages can be shown along the line. */
export function MembersPanel({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  // The member just added gets the focus, its placeholder name selected, so the name is typed at once.
  const [focusId, setFocusId] = useState<string | null>(null);
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
          <MemberRow key={m.id} member={m} dispatch={dispatch} focus={m.id === focusId} />
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          const id = newId('member');
          void dispatch('member.add', {
            id,
            pseudonym: t('member.newName'),
            relation: 'kind',
            birthYear: null,
          }).then((ok) => ok && setFocusId(id));
        }}
      >
        + {t('member.add')}
      </button>
    </section>
  );
}

function MemberRow({
  member,
  dispatch,
  focus,
}: {
  member: MemberRecord;
  dispatch: Dispatch;
  focus: boolean;
}) {
  const { t } = useTranslation();
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!focus) return;
    nameRef.current?.focus();
    nameRef.current?.select();
  }, [focus]);
  const [name, setName] = useDraft(member.pseudonym);
  const [year, setYear] = useDraft(member.birthYear === null ? '' : String(member.birthYear));
  const commitName = () => {
    const trimmed = name.trim();
    if (trimmed && trimmed !== member.pseudonym)
      void dispatch('member.update', { id: member.id, pseudonym: trimmed });
    else setName(member.pseudonym);
  };
  const commitYear = () => {
    const parsed = year.trim() === '' ? null : Number(year);
    if (parsed === member.birthYear) return;
    if (parsed === null || (Number.isInteger(parsed) && parsed >= 1900 && parsed <= 2200))
      void dispatch('member.update', { id: member.id, birthYear: parsed });
  };
  return (
    <li className="row member-row" data-member-id={member.id}>
      <input
        ref={nameRef}
        className="member-name"
        aria-label={t('member.pseudonym')}
        value={name}
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
        value={year}
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
