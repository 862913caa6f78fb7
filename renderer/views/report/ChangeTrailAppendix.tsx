import type { CaseState, Language } from '@shared/model';
import { LOCALES } from '@shared/i18n';
import { changeTrailRows } from '@shared/trail';

/**
 * The report appendix's list of what changed on the lifeline in the session: the same rows as
 * the console's trail table — when, which moment, what happened, was → became, raised by whom.
 */
export function ChangeTrailAppendix({ state, lang }: { state: CaseState; lang: Language }) {
  const tr = LOCALES[lang];
  const rows = changeTrailRows(state, lang);
  const when = (at: number) =>
    new Date(at).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', {
      dateStyle: 'short',
      timeStyle: 'short',
    });
  return (
    <>
      <h2>
        {tr.report.appendix}: {tr.report.corrections}
      </h2>
      {rows.length === 0 ? (
        <p>{tr.report.noCorrections}</p>
      ) : (
        <table className="trail-table report-trail">
          <colgroup>
            <col style={{ width: '17%' }} />
            <col style={{ width: '22%' }} />
            <col style={{ width: '14%' }} />
            <col style={{ width: '30%' }} />
            <col style={{ width: '17%' }} />
          </colgroup>
          <thead>
            <tr>
              <th>{tr.trail.when}</th>
              <th>{tr.trail.item}</th>
              <th>{tr.trail.what}</th>
              <th>{tr.trail.change}</th>
              <th>{tr.trail.raisedBy}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.change.id}>
                <td>{when(row.change.at)}</td>
                <td dir="auto">{row.title}</td>
                <td>{row.action}</td>
                <td>
                  {row.detailed ? (
                    row.fields.map((f) => (
                      <div key={f.field} dir="auto">
                        {f.label}: {f.before ?? ''}
                        {f.before !== null && f.after !== null ? ' → ' : ''}
                        {f.after ?? ''}
                      </div>
                    ))
                  ) : (
                    <span className="muted">{tr.trail.notRecorded}</span>
                  )}
                </td>
                <td dir="auto">{row.raisedBy ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
