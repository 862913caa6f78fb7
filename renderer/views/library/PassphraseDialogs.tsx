import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '@shared/file';
import { Dialog } from '../../components/Dialog';

/** Asks for a new passphrase (twice) to export a case encrypted. */
export function ExportPassphraseDialog({
  onExport,
  onCancel,
}: {
  onExport: (passphrase: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const tooShort = pass.length < MIN_PASSPHRASE_LENGTH;
  const problem = tooShort
    ? t('library.passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH })
    : again && again !== pass
      ? t('library.passphrase.mismatch')
      : null;
  const valid = !tooShort && pass === again;
  return (
    <Dialog title={t('library.exportEncrypted')} onClose={onCancel}>
      <form
        className="stack"
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid || busy) return;
          setBusy(true);
          void onExport(pass).finally(() => setBusy(false));
        }}
      >
        <p>{t('library.passphrase.exportExplain', { min: MIN_PASSPHRASE_LENGTH })}</p>
        <label className="field">
          {t('library.passphrase.label')}
          <input
            type="password"
            autoComplete="new-password"
            value={pass}
            onChange={(e) => setPass(e.target.value)}
          />
        </label>
        <label className="field">
          {t('library.passphrase.repeat')}
          <input
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </label>
        {pass && problem && (
          <p className="error-text" role="status">
            {problem}
          </p>
        )}
        <Actions
          onCancel={onCancel}
          disabled={!valid || busy}
          busy={busy}
          label={t('library.passphrase.encryptAndSave')}
        />
      </form>
    </Dialog>
  );
}

/** Asks for the passphrase of an encrypted file; a wrong one is said here and may be tried again. */
export function ImportPassphraseDialog({
  onOpen,
  onCancel,
}: {
  /** Resolves with the message key of what went wrong, or null once the file is open. */
  onOpen: (passphrase: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Dialog title={t('library.passphrase.importTitle')} onClose={onCancel}>
      <form
        className="stack"
        autoComplete="off"
        onSubmit={(e) => {
          e.preventDefault();
          if (!pass || busy) return;
          setBusy(true);
          setProblem(null);
          void onOpen(pass)
            .then((key) => setProblem(key))
            .finally(() => setBusy(false));
        }}
      >
        <p>{t('library.passphrase.importExplain')}</p>
        <label className="field">
          {t('library.passphrase.label')}
          <input
            type="password"
            autoComplete="current-password"
            value={pass}
            onChange={(e) => setPass(e.target.value)}
          />
        </label>
        {problem && (
          <p className="error-text" role="alert" data-testid="passphrase-error">
            {t(problem)}
          </p>
        )}
        <Actions
          onCancel={onCancel}
          disabled={!pass || busy}
          busy={busy}
          label={t('library.passphrase.open')}
        />
      </form>
    </Dialog>
  );
}

/** Cancel and the submit button, which says it is working while the key is derived (about a second). */
function Actions({
  onCancel,
  disabled,
  busy,
  label,
}: {
  onCancel: () => void;
  disabled: boolean;
  busy: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="button" onClick={onCancel}>
        {t('app.cancel')}
      </button>
      <button type="submit" className="primary" disabled={disabled}>
        {busy ? t('library.passphrase.working') : label}
      </button>
    </div>
  );
}
