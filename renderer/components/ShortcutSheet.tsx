import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeCombo, KEY_ACTIONS, type KeyScope } from '@shared/keymap';
import { Dialog } from './Dialog';

interface SheetControl {
  open(): void;
}

const SheetContext = createContext<SheetControl>({ open: () => undefined });

export function useShortcutSheet(): SheetControl {
  return useContext(SheetContext);
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Holds the shortcut sheet (`?`): every shortcut of the key map, by the place it works. */
export function ShortcutSheetProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const control = useMemo(() => ({ open: () => setOpen(true) }), []);
  return (
    <SheetContext.Provider value={control}>
      {children}
      {open && <ShortcutSheet onClose={() => setOpen(false)} />}
    </SheetContext.Provider>
  );
}

const SCOPES: readonly KeyScope[] = ['console', 'canvas', 'wall'];

function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const mac = isMac();
  return (
    <Dialog title={t('keys.title')} onClose={onClose} labelledBy="shortcut-sheet-title">
      <div className="shortcut-sheet stack" data-testid="shortcut-sheet">
        {SCOPES.map((scope) => (
          <section key={scope}>
            <h3>{t(`keys.scope.${scope}`)}</h3>
            <table>
              <tbody>
                {KEY_ACTIONS.filter((a) => a.scopes.includes(scope)).map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{t(a.labelKey)}</th>
                    <td>
                      {a.keys.map((k, i) => (
                        <kbd key={i}>{describeCombo(k, { mac, lang })}</kbd>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        <div className="actions">
          <button type="button" className="primary" onClick={onClose} data-autofocus>
            {t('app.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
