import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '@shared/model';
import { Dialog } from '../../components/Dialog';

export function RenameDialog({
  initial,
  onRename,
  onCancel,
}: {
  initial: string;
  onRename: (title: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial);
  const valid = title.trim().length > 0;
  return (
    <Dialog title={t('library.rename')} onClose={onCancel}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) onRename(title.trim());
        }}
      >
        <label className="field">
          {t('library.renamePrompt')}
          <input
            value={title}
            maxLength={TEXT_LIMITS.title}
            onChange={(e) => setTitle(e.target.value)}
            dir="auto"
          />
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('app.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
