import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import type { Dispatch } from '@shared/commands';
import { DEFAULT_READING_DISTANCE, isReadingDistance, READING_DISTANCES } from '@shared/layout';
import { useServices } from '../../app/services';
import { usePref } from '../../db/hooks';
import { setPref } from '../../db/prefs';

/**
 * How the wall reads, set from the console: the reading distance (a preference of this device:
 * the room and the screen, not the case; the wall's window follows it live) and whether the
 * family members' ages run along the line (a setting of the case, in every phase).
 */
export function WallSettings({ state, dispatch }: { state: CaseState; dispatch: Dispatch }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const stored = usePref('wallReadingDistance');
  const distance = isReadingDistance(stored) ? stored : DEFAULT_READING_DISTANCE;
  const hasBirthYears = state.members.some((m) => m.birthYear !== null);
  return (
    <section className="stack wall-settings" aria-labelledby="wall-settings-heading">
      <h2 id="wall-settings-heading">{t('wall.settings')}</h2>
      <fieldset className="stack">
        <legend>{t('wall.readingDistance')}</legend>
        <div className="row wrap" role="radiogroup" aria-label={t('wall.readingDistance')}>
          {READING_DISTANCES.map((d) => (
            <label key={d} className="check">
              <input
                type="radio"
                name="wall-reading-distance"
                checked={distance === d}
                onChange={() => void setPref(db, 'wallReadingDistance', d)}
              />
              {t(`wall.distances.${d}`)}
            </label>
          ))}
        </div>
        <p className="muted">{t('wall.distanceHint')}</p>
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={state.case.settings.showAges}
          disabled={!hasBirthYears && !state.case.settings.showAges}
          onChange={(e) => void dispatch('case.update', { settings: { showAges: e.target.checked } })}
        />
        {t('wall.showAges')}
      </label>
    </section>
  );
}
