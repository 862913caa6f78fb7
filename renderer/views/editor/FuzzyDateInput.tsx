import { useTranslation } from 'react-i18next';
import {
  DATE_YEAR_RANGE,
  PLUS_MINUS_YEARS,
  type DatePrecision,
  type FuzzyDate,
  type Season,
} from '@shared/model';
import { monthNames12, seasonName, seasonOfMonth } from '@shared/time';

const PRECISIONS: DatePrecision[] = ['day', 'month', 'season', 'year', 'approx'];
const SEASONS: Season[] = ['winter', 'spring', 'summer', 'autumn'];

/** Converts a date to another precision, keeping what it can. */
export function withPrecision(date: FuzzyDate, precision: DatePrecision): FuzzyDate {
  const month = 'month' in date ? date.month : date.precision === 'season' ? seasonMonth(date.season) : 6;
  switch (precision) {
    case 'day':
      return { precision, year: date.year, month, day: 'day' in date ? date.day : 1 };
    case 'month':
      return { precision, year: date.year, month };
    case 'season':
      return {
        precision,
        year: date.year,
        season: date.precision === 'season' ? date.season : seasonOfMonth(month),
      };
    case 'year':
      return { precision, year: date.year };
    case 'approx':
      return {
        precision,
        year: date.year,
        plusMinusYears: date.precision === 'approx' ? date.plusMinusYears : 1,
      };
  }
}

function seasonMonth(season: Season): number {
  return { winter: 1, spring: 4, summer: 7, autumn: 10 }[season];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date entry that speaks the way people remember: day, month, season, year or "about". */
export function FuzzyDateInput({
  legend,
  value,
  onChange,
  idPrefix,
  precisions = PRECISIONS,
}: {
  legend: string;
  value: FuzzyDate;
  onChange: (d: FuzzyDate) => void;
  idPrefix: string;
  /** The precisions offered (session markers: day, month, season or year). */
  precisions?: readonly DatePrecision[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const months = monthNames12(lang);
  const setYear = (year: number) => {
    if (!Number.isInteger(year) || year < DATE_YEAR_RANGE.min || year > DATE_YEAR_RANGE.max) return;
    if (value.precision === 'day')
      onChange({ ...value, year, day: Math.min(value.day, daysInMonth(year, value.month)) });
    else onChange({ ...value, year });
  };
  return (
    <fieldset className="fuzzy-date">
      <legend>{legend}</legend>
      <div className="row">
        <label className="field">
          {t('date.precision')}
          <select
            id={`${idPrefix}-precision`}
            value={value.precision}
            onChange={(e) => onChange(withPrecision(value, e.target.value as DatePrecision))}
          >
            {precisions.map((p) => (
              <option key={p} value={p}>
                {t(`date.precisions.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {value.precision === 'day' && (
          <label className="field narrow">
            {t('date.day')}
            <input
              type="number"
              min={1}
              max={daysInMonth(value.year, value.month)}
              value={value.day}
              onChange={(e) => {
                const day = Number(e.target.value);
                if (day >= 1 && day <= daysInMonth(value.year, value.month)) onChange({ ...value, day });
              }}
            />
          </label>
        )}
        {(value.precision === 'day' || value.precision === 'month') && (
          <label className="field">
            {t('date.month')}
            <select
              value={value.month}
              onChange={(e) => {
                const month = Number(e.target.value);
                if (value.precision === 'day')
                  onChange({ ...value, month, day: Math.min(value.day, daysInMonth(value.year, month)) });
                else onChange({ ...value, month });
              }}
            >
              {months.map((m, i) => (
                <option key={m} value={i + 1}>
                  {m}
                </option>
              ))}
            </select>
          </label>
        )}
        {value.precision === 'season' && (
          <label className="field">
            {t('date.season')}
            <select
              value={value.season}
              onChange={(e) => onChange({ ...value, season: e.target.value as Season })}
            >
              {SEASONS.map((s) => (
                <option key={s} value={s}>
                  {seasonName(s, lang)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field narrow">
          {t('date.year')}
          <input
            id={`${idPrefix}-year`}
            type="number"
            min={DATE_YEAR_RANGE.min}
            max={DATE_YEAR_RANGE.max}
            value={value.year}
            onChange={(e) => setYear(Number(e.target.value))}
          />
        </label>
        {value.precision === 'approx' && (
          <label className="field narrow">
            {t('date.plusMinus')}
            <input
              type="number"
              min={PLUS_MINUS_YEARS.min}
              max={PLUS_MINUS_YEARS.max}
              value={value.plusMinusYears}
              onChange={(e) => {
                const n = Number(e.target.value);
                if (Number.isInteger(n) && n >= PLUS_MINUS_YEARS.min && n <= PLUS_MINUS_YEARS.max)
                  onChange({ ...value, plusMinusYears: n });
              }}
            />
          </label>
        )}
      </div>
    </fieldset>
  );
}
