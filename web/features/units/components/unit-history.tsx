import { Fragment, useMemo } from 'react';
import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UnitHistory, UnitRef } from '@contracts/units';
import { paths } from '@web/config/paths';
import { formatDate } from '../utils/dates';
import { UnitKindTag } from './unit-tags';

type Step = { effectiveOn: string; legalRef: string | null; moves: Array<{ from: UnitRef; to: UnitRef[] }> };

// One timeline step per effective date and legal basis; in each, every predecessor with the units it became.
function stepsOf(history: UnitHistory): Step[] {
  const byId = new Map(history.units.map((u) => [u.id, u]));
  const steps = new Map<string, Step>();
  for (const l of history.links) {
    const from = byId.get(l.predecessorId);
    const to = byId.get(l.successorId);
    if (!from || !to) continue;
    const key = `${l.effectiveOn}|${l.legalRef ?? ''}`;
    const step = steps.get(key) ?? { effectiveOn: l.effectiveOn, legalRef: l.legalRef, moves: [] };
    steps.set(key, step);
    const move = step.moves.find((m) => m.from.id === from.id);
    if (move) move.to.push(to);
    else step.moves.push({ from, to: [to] });
  }
  return [...steps.values()].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn));
}

function UnitLinkText({ unit, currentId, search }: { unit: UnitRef; currentId: string; search: string }) {
  if (unit.id === currentId) return <Typography.Text strong>{unit.name}</Typography.Text>;
  // Underlined: these links sit inside running text (axe link-in-text-block).
  return (
    <Link to={paths.unit(unit.id) + search} style={{ textDecoration: 'underline' }}>
      {unit.name}
    </Link>
  );
}

/** The reorganisation history around a unit (mergers, splits), as dated steps with their legal basis. */
export function UnitHistoryView({ history, currentId, search }: { history: UnitHistory; currentId: string; search: string }) {
  const { t } = useTranslation('units');
  const steps = useMemo(() => stepsOf(history), [history]);
  if (steps.length === 0) return <Typography.Text type="secondary">{t('detail.noHistory')}</Typography.Text>;
  return (
    <Timeline
      data-testid="unit-history"
      items={steps.map((s) => ({
        key: `${s.effectiveOn}|${s.legalRef ?? ''}`,
        content: (
          <Flex vertical gap={4}>
            <Typography.Text strong>{formatDate(s.effectiveOn)}</Typography.Text>
            {s.moves.map((m) => (
              <div key={m.from.id}>
                <UnitKindTag kind={m.from.kind} /> <UnitLinkText unit={m.from} currentId={currentId} search={search} />{' '}
                <Typography.Text type="secondary">→ {t('detail.historyTo')}</Typography.Text>{' '}
                {m.to.map((u, i) => (
                  <Fragment key={u.id}>
                    {i > 0 ? ', ' : null}
                    <UnitLinkText unit={u} currentId={currentId} search={search} />
                  </Fragment>
                ))}
              </div>
            ))}
            {s.legalRef ? <Typography.Text type="secondary">{s.legalRef}</Typography.Text> : null}
          </Flex>
        ),
      }))}
    />
  );
}
