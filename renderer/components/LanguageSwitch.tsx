import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/model';

/** NL/EN toggle for the interface language (a device preference, not a case setting). */
export function LanguageSwitch({ value, onChange }: { value: Language; onChange: (lang: Language) => void }) {
  const { t } = useTranslation();
  return (
    <div className="row" role="group" aria-label={t('app.language')}>
      {(['nl', 'en'] as const).map((lang) => (
        <button
          key={lang}
          type="button"
          aria-pressed={value === lang}
          onClick={() => onChange(lang)}
          lang={lang}
          title={t(`app.languages.${lang}`)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
