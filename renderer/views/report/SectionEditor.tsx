import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '@shared/model';
import type { ReportSection } from '@shared/report';
import { Dialog } from '../../components/Dialog';

/**
 * Rewrites a report section's text: starts from the researchers' own text or the generated one;
 * "back to the generated text" forgets the own text. Stored with the case (undoable).
 */
export function SectionEditor({
  section,
  onClose,
  onSave,
}: {
  section: ReportSection;
  onClose: () => void;
  onSave: (text: string | null) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(section.ownText ?? section.generatedText);
  const save = (text: string | null) =>
    void onSave(text !== null && text.trim() === section.generatedText.trim() ? null : text).then(
      (ok) => ok && onClose(),
    );
  return (
    <Dialog
      title={t('reportUi.editTitle', { section: section.title })}
      onClose={onClose}
      labelledBy="section-editor"
    >
      <div className="stack section-editor">
        <p className="muted">{t('reportUi.editHint')}</p>
        <textarea
          aria-label={t('reportUi.editTitle', { section: section.title })}
          value={draft}
          maxLength={TEXT_LIMITS.sectionText}
          rows={16}
          onChange={(e) => setDraft(e.target.value)}
          dir="auto"
        />
      </div>
      <div className="actions">
        <button type="button" onClick={() => save(null)} disabled={section.ownText === null}>
          {t('reportUi.reset')}
        </button>
        <button type="button" onClick={onClose}>
          {t('app.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => save(draft)}>
          {t('app.save')}
        </button>
      </div>
    </Dialog>
  );
}
