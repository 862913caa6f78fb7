import type { FindingsTree as Tree, TreeSide } from '@shared/analysis';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * The findings tree (bevindingenboom): the success as the trunk, main factors as branches with
 * their contributing factors as leaves, and the improvement points as a second tree. One drawing
 * for the analysis console, the wall (follow-up meeting) and the report; `variant` only sizes it.
 */
export function FindingsTree({
  tree,
  t,
  variant,
}: {
  tree: Tree;
  t: Translate;
  variant: 'console' | 'wall' | 'report';
}) {
  return (
    <div className={`findings-tree on-${variant}`} data-testid="findings-tree">
      <section className="tree strengths" aria-label={t('analysis.tree')}>
        <div className="tree-root">
          <span className="tree-label">{t('analysis.success')}</span>
          <p dir="auto">{tree.root || <span className="muted">{t('analysis.noSuccess')}</span>}</p>
        </div>
        <Side side={tree.strengths} t={t} />
      </section>
      <section className="tree improvements" aria-label={t('analysis.improvementsTree')}>
        <div className="tree-root">
          <span className="tree-label">{t('analysis.improvementsTree')}</span>
        </div>
        <Side side={tree.improvements} t={t} />
      </section>
    </div>
  );
}

function Side({ side, t }: { side: TreeSide; t: Translate }) {
  return (
    <>
      {side.branches.length > 0 && (
        <ol className="tree-branches">
          {side.branches.map((b, i) => (
            <li key={b.groupId ?? `card-${i}`} className="tree-branch">
              <h4 dir="auto">
                <span className="grow">{b.name}</span> <span className="tree-votes">{b.votes}</span>
              </h4>
              {b.leaves.length > 0 && (
                <ul className="tree-leaves" aria-label={t('analysis.contributing')}>
                  {b.leaves.map((l) => (
                    <li key={l.card.id} dir="auto">
                      <span className="grow">{l.card.text}</span>{' '}
                      <span className="tree-votes">{l.votes}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {side.others.length > 0 && (
        <div className="tree-others">
          <h5>{t('analysis.others')}</h5>
          <ul>
            {side.others.map((l) => (
              <li key={l.card.id} dir="auto">
                {l.card.text} <span className="tree-votes">{l.votes}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {side.branches.length === 0 && side.others.length === 0 && (
        <p className="muted">{t('analysis.noCards')}</p>
      )}
    </>
  );
}
