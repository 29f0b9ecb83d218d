import { useMemo } from 'react';
import { countColumn, rateColumn } from '../utils/columns';
import { Card, Empty, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ReceivingPointRow } from '@contracts/dossier-stats-extra';
import { ErrorAlert } from '@web/components/error-alert';
import { formatNumber } from '@web/lib/format';
import { useReceivingPoints } from '../api/stats-extra';
import type { StatsFilter } from '../api/stats';
import { receivingOption, topReceivingPoints } from '../utils/extra-chart';
import { EChart } from './echart';

type Line = Omit<ReceivingPointRow, 'unitId'> & { key: string; stt: number | null };

/** "Theo nơi tiếp nhận": the dossiers each receiving point received, wherever handled (issue #14 point 8). */
export function ReceivingPointsSection({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation('dossierStats');
  const q = useReceivingPoints(filter);
  const fmt = useMemo(
    () =>
      (n: number, digits = 0) =>
        formatNumber(n, i18n.language, digits),
    [i18n.language],
  );
  const top = useMemo(() => topReceivingPoints(q.data?.rows ?? []), [q.data]);
  const option = useMemo(
    () => receivingOption(top, { own: t('receiving.ownHandled'), others: t('receiving.forOthers') }, (n) => fmt(n)),
    [top, t, fmt],
  );
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Spin style={{ display: 'block', marginTop: 24 }} />;
  const num = (key: keyof Line & string, title: string) => countColumn<Line>(key, title, fmt, 100);
  const columns: ColumnsType<Line> = [
    { key: 'stt', title: t('col.stt'), dataIndex: 'stt', width: 56, align: 'center' },
    { key: 'label', title: t('receiving.point'), dataIndex: 'label', width: 240 },
    {
      key: 'received',
      title: t('col.received'),
      children: [
        num('toHandle', t('col.total')),
        num('carriedOver', t('col.carriedOver')),
        num('received', t('col.new')),
        num('receivedOnline', t('col.online')),
        num('receivedForOthers', t('receiving.forOthers')),
      ],
    },
    {
      key: 'finished',
      title: t('col.finished'),
      children: [num('finishedEarly', t('col.early')), num('finishedOnTime', t('col.onTime')), num('finishedLate', t('col.late'))],
    },
    {
      key: 'inProgress',
      title: t('col.inProgress'),
      children: [num('inProgressWithinTime', t('col.within')), num('inProgressOverdue', t('col.overdue'))],
    },
    rateColumn<Line>(t('col.rate'), fmt),
  ];
  const lines: Line[] = [
    ...q.data.rows.map(({ unitId, ...r }, i) => ({ ...r, key: unitId, stt: i + 1 })),
    { ...q.data.total, key: 'total', label: t('col.totalRow'), stt: null },
  ];
  const summary = top
    .map((r) => t('receiving.summaryRow', { label: r.label, own: fmt(r.received - r.receivedForOthers), others: fmt(r.receivedForOthers) }))
    .join('; ');
  return (
    <Card size="small" title={t('receiving.title')} data-testid="receiving-section">
      <Typography.Paragraph type="secondary">{t('receiving.help')}</Typography.Paragraph>
      {q.data.rows.length === 0 ? (
        <Empty description={t('receiving.empty')} />
      ) : (
        <>
          <Typography.Text strong>{t('receiving.chart')}</Typography.Text>
          <EChart option={option} summary={summary} height={Math.max(160, 40 + top.length * 32)} />
          <div role="region" aria-label={t('receiving.tableLabel')} tabIndex={0} style={{ overflow: 'auto', maxHeight: 560 }}>
            <Table<Line>
              size="small"
              bordered
              rowKey="key"
              columns={columns}
              dataSource={lines}
              pagination={false}
              style={{ minWidth: 1320 }}
              onRow={(r) => (r.key === 'total' ? { style: { fontWeight: 600 } } : {})}
            />
          </div>
        </>
      )}
    </Card>
  );
}
