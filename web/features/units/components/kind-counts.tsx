import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type UnitListItem } from '@contracts/units';
import { formatDate } from '../utils/dates';

/** How many units the tree lists (or the search found), as of which day, and how many of each kind. */
export function KindCounts({
  items,
  total,
  asOf,
  searching,
}: {
  items: readonly UnitListItem[];
  total: number;
  asOf: string;
  searching: boolean;
}) {
  const { t } = useTranslation('units');
  const counts = UNIT_KINDS.map((k) => [k, items.filter((u) => u.kind === k).length] as const).filter(([, n]) => n > 0);
  return (
    <div data-testid="units-counts" aria-live="polite">
      <Typography.Text strong>{searching ? t('tree.countSearch', { count: total }) : t('tree.count', { count: total })}</Typography.Text>
      <Typography.Text type="secondary"> · {t('tree.asOfNote', { date: formatDate(asOf) })}</Typography.Text>
      {counts.length > 1 ? (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {counts.map(([k, n]) => `${t(`kind.${k}`)}: ${n}`).join(' · ')}
          </Typography.Text>
        </div>
      ) : null}
    </div>
  );
}
