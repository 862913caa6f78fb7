import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FuzzyDate, Language } from '@shared/model';
import {
  dayToYmd,
  describeSpan,
  formatWhen,
  fuzzySpan,
  formatFuzzyDate,
  parseDatePhrase,
  precisionKind,
} from '@shared/time';

export interface When {
  readonly shape: 'moment' | 'period';
  readonly start: FuzzyDate;
  readonly end: FuzzyDate | null;
}

/**
 * When something happened, typed as people say it ("voorjaar 2019", "rond 2005", "2016–2018",
 * "sinds 2016"), read by the app's own date-phrase reader — never by the operating system's
 * locale. Under the field: what it means ("winter 2018 → december 2017 – februari 2018"), or why
 * it cannot be read.
 */
export function DatePhraseField({
  value,
  onChange,
  inputRef,
  onEnter,
}: {
  value: When;
  /** A valid reading, or null while the text is not a date. */
  onChange: (when: When | null) => void;
  inputRef?: React.Ref<HTMLInputElement>;
  onEnter?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang: Language = i18n.language === 'en' ? 'en' : 'nl';
  const id = useId();
  const shown = formatWhen(value, lang);
  const [text, setText] = useState(shown);
  // A change from elsewhere (drag on the canvas, undo, language) replaces what is typed.
  const [base, setBase] = useState(shown);
  if (shown !== base) {
    setBase(shown);
    const typed = parseDatePhrase(text);
    if (!typed.ok || formatWhen(asWhen(typed), lang) !== shown) setText(shown);
  }
  const reading = parseDatePhrase(text);
  return (
    <div className="field date-phrase">
      <label htmlFor={id}>{t('datePhrase.label')}</label>
      <input
        id={id}
        ref={inputRef}
        name="when"
        value={text}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('datePhrase.placeholder')}
        aria-describedby={`${id}-hint`}
        aria-invalid={!reading.ok}
        onChange={(e) => {
          setText(e.target.value);
          const r = parseDatePhrase(e.target.value);
          onChange(r.ok ? asWhen(r) : null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && onEnter) {
            e.preventDefault();
            onEnter();
          }
        }}
      />
      <span id={`${id}-hint`} className={reading.ok ? 'hint' : 'hint error-text'} data-testid="date-hint">
        {reading.ok
          ? meaning(asWhen(reading), lang, t)
          : t(`datePhrase.refused.${reading.refusal.code}`, reading.refusal.values)}
      </span>
    </div>
  );
}

function asWhen(r: Extract<ReturnType<typeof parseDatePhrase>, { ok: true }>): When {
  return r.shape === 'period'
    ? { shape: 'period', start: r.start, end: r.end }
    : { shape: 'moment', start: r.start, end: null };
}

/** "winter 2018 · seizoen · betekent december 2017 – februari 2018" */
function meaning(
  when: When,
  lang: Language,
  t: (key: string, values?: Record<string, unknown>) => string,
): string {
  const phrase = formatWhen(when, lang);
  if (when.shape === 'moment') {
    const kind = t(`datePhrase.kinds.${precisionKind(when.start)}`);
    return `${phrase} · ${kind} · ${t('datePhrase.means', { span: describeSpan(when.start, lang) })}`;
  }
  const from = edge(when.start, 'start', lang);
  if (!when.end) return `${phrase} · ${t('datePhrase.ongoingMeans', { from })}`;
  return `${phrase} · ${t('datePhrase.periodMeans', { from, to: edge(when.end, 'end', lang) })}`;
}

/** The first or last month a date can mean ("maart 2016"), or the day for an exact date. */
function edge(d: FuzzyDate, side: 'start' | 'end', lang: Language): string {
  if (d.precision === 'day') return describeSpan(d, lang);
  const ymd = dayToYmd(fuzzySpan(d)[side]);
  return formatFuzzyDate({ precision: 'month', year: ymd.year, month: ymd.month }, lang);
}
