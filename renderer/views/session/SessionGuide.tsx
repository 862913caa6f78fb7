import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

interface GuideSection {
  readonly heading: string;
  readonly steps: readonly string[];
}

/** "Uitleg" (guide): the method's steps and the app's part in each, for a first-time facilitator. */
export function SessionGuideButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('guide.open')}
      </button>
      {open && <SessionGuide onClose={() => setOpen(false)} />}
    </>
  );
}

function SessionGuide({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const sections = t('guide.sections', { returnObjects: true }) as readonly GuideSection[];
  return (
    <Dialog title={t('guide.title')} onClose={onClose} labelledBy="session-guide-title">
      <div className="session-guide stack">
        <p className="lead" tabIndex={-1} data-autofocus>
          {t('guide.intro')}
        </p>
        {sections.map((s) => (
          <section key={s.heading}>
            <h3>{s.heading}</h3>
            <ol>
              {s.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </section>
        ))}
        <div className="actions">
          <button type="button" className="primary" onClick={onClose}>
            {t('app.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
