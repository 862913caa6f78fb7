import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SaveStatus } from '../components/SaveStatus';
import { useServices } from './services';
import { usePref } from '../db/hooks';
import { setPref } from '../db/prefs';
import { setUiLanguage, uiLanguage } from '../i18n';
import type { Language } from '@shared/model';

/** The console's top bar: brand, the open case with its autosave state, screen-specific controls, and the language switch. */
export function AppTopBar({ children, title }: { children?: ReactNode; title?: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const stored = usePref('language');
  const lang: Language = stored === 'en' || stored === 'nl' ? stored : uiLanguage();
  return (
    <header className="topbar">
      <span className="brand">{t('app.name')}</span>
      {title && (
        <span className="topbar-title" dir="auto">
          {title}
        </span>
      )}
      {title && <SaveStatus />}
      <span className="spacer" />
      {children}
      <LanguageSwitch
        value={lang}
        onChange={(l) => {
          setUiLanguage(l);
          void setPref(db, 'language', l);
        }}
      />
    </header>
  );
}
