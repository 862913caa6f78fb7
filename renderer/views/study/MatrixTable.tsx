import { useTranslation } from 'react-i18next';
import type { Matrix, MatrixCell, MatrixRow } from '@shared/crosscase';
import { LOCALES } from '@shared/i18n';

export interface CellKey {
  readonly row: string;
  readonly caseId: string;
}

/**
 * A cross-case matrix: one row per main factor (or code, or element), one column per case. Each
 * cell is a button with its counts; it opens the cards behind it. Counts are what the shared
 * matrix computed; nothing is decided here.
 */
export function MatrixTable({
  matrix,
  selected,
  onOpen,
  label,
}: {
  matrix: Matrix;
  selected: CellKey | null;
  onOpen: (key: CellKey) => void;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const lists = LOCALES[i18n.language === 'en' ? 'en' : 'nl'].session.lists;
  return (
    <div className="table-scroll matrix-scroll">
      <table className="matrix" aria-label={label}>
        <thead>
          <tr>
            <th scope="col" className="row-head">
              {t('synthesis.rowHeader')}
            </th>
            {matrix.cases.map((c) => (
              <th key={c.id} scope="col" dir="auto">
                {c.title}
              </th>
            ))}
            <th scope="col">{t('synthesis.total')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row" className="row-head" dir="auto">
                {row.list && <span className={`list-badge ${row.list}`}>{lists[row.list]}</span>}
                {row.label}
              </th>
              {row.cells.map((cell, i) => (
                <td key={cell.caseId}>
                  <CellButton
                    row={row}
                    cell={cell}
                    caseTitle={matrix.cases[i]!.title}
                    pressed={selected?.row === row.key && selected.caseId === cell.caseId}
                    onOpen={() => onOpen({ row: row.key, caseId: cell.caseId })}
                  />
                </td>
              ))}
              <td className="total">
                <Counts tally={row.total} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CellButton({
  row,
  cell,
  caseTitle,
  pressed,
  onOpen,
}: {
  row: MatrixRow;
  cell: MatrixCell;
  caseTitle: string;
  pressed: boolean;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  if (cell.cards.length === 0 && cell.factors.length === 0)
    return (
      <span className="cell-empty" aria-label={`${row.label}: ${caseTitle}: 0`}>
        {t('synthesis.empty')}
      </span>
    );
  return (
    <button
      type="button"
      className={pressed ? 'matrix-cell on' : 'matrix-cell'}
      aria-pressed={pressed}
      data-cards={cell.tally.cards}
      data-votes={cell.tally.votes}
      onClick={onOpen}
    >
      {/* The name says which row and case; the counts are the visible text itself (WCAG 2.5.3). */}
      <span className="visually-hidden">
        {t('synthesis.cellContext', { row: row.label, case: caseTitle })}{' '}
      </span>
      {/* The case's own factor names where they differ from the row's (similar names share a row). */}
      {cell.factors.some((f) => f.name !== row.label) && (
        <span className="cell-factors" dir="auto">
          {cell.factors.map((f) => f.name).join(' · ')}
        </span>
      )}
      <Counts tally={cell.tally} />
    </button>
  );
}

/** "3 kaartjes (gezin 2 · prof. 1) · 6 stickers (gezin 5 · prof. 1)", with a bar weighted by stickers. */
export function Counts({ tally }: { tally: MatrixCell['tally'] }) {
  const { t } = useTranslation();
  return (
    <span className="counts">
      <span className="count-line">
        <strong>{t('synthesis.cards', { count: tally.cards })}</strong>{' '}
        <span className="split">
          {t('synthesis.split', { family: tally.cardsFamily, professional: tally.cardsProfessional })}
        </span>
      </span>
      <span className="count-line">
        <strong>{t('synthesis.stickers', { count: tally.votes })}</strong>{' '}
        <span className="split">
          {t('synthesis.split', { family: tally.votesFamily, professional: tally.votesProfessional })}
        </span>
      </span>
      <span className="weight-bar" aria-hidden>
        <span className="family" style={{ flexGrow: tally.cardsFamily + tally.votesFamily }} />
        <span
          className="professional"
          style={{ flexGrow: tally.cardsProfessional + tally.votesProfessional }}
        />
      </span>
    </span>
  );
}
