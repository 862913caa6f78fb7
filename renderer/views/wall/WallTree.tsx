import { useTranslation } from 'react-i18next';
import type { CaseState } from '@shared/model';
import { draftFindingsTree } from '@shared/analysis';
import { FindingsTree } from '../../components/FindingsTree';
import { useElementSize } from '../../canvas/useElementSize';
import { useWallTypeUnit } from './useWallTypeUnit';

/** The wall in the follow-up meeting (nabespreking): the findings tree, large and calm. */
export function WallTree({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  const [hostRef, size] = useElementSize<HTMLDivElement>();
  const u = useWallTypeUnit(size.width, size.height);
  return (
    <div className="wall" style={{ ['--u' as string]: u }} ref={hostRef} data-testid="wall">
      <header className="wall-header">
        <h1 className="wall-title" dir="auto">
          {state.case.title} · {t('analysis.tree')}
        </h1>
      </header>
      <div className="wall-tree">
        <FindingsTree tree={draftFindingsTree(state)} t={t} variant="wall" />
      </div>
    </div>
  );
}
