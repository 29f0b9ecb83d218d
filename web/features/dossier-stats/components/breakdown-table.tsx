import { Table, Tooltip } from 'antd';
import { countColumn, rateColumn } from '../utils/columns';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { StatsReport, StatsRow } from '@contracts/dossier-stats';
import { formatNumber } from '@web/lib/format';

type Line = StatsRow & { stt: number | null };

/** The periodic-report table: the same grouped columns as the Excel export, with the total row. */
export function BreakdownTable({ report }: { report: StatsReport }) {
  const { t, i18n } = useTranslation('dossierStats');
  const fmt = (n: number, digits = 0) => formatNumber(n, i18n.language, digits);
  const num = (key: keyof StatsRow & string, title: string) => countColumn<Line>(key, title, fmt);
  const columns: ColumnsType<Line> = [
    { key: 'stt', title: t('col.stt'), dataIndex: 'stt', width: 56, align: 'center' },
    { key: 'label', title: t(report.groupBy === 'sector' ? 'col.sector' : 'col.unit'), dataIndex: 'label', width: 220 },
    {
      key: 'received',
      title: t('col.received'),
      children: [
        num('toHandle', t('col.total')),
        num('carriedOver', t('col.carriedOver')),
        {
          key: 'new',
          title: t('col.new'),
          children: [
            num('receivedOnline', t('col.online')),
            { ...num('receivedInPerson', t('col.inPerson')), render: (_: unknown, r: Line) => fmt(r.receivedInPerson + r.receivedPostal) },
          ],
        },
      ],
    },
    {
      key: 'finished',
      title: t('col.finished'),
      children: [
        num('finished', t('col.total')),
        num('finishedEarly', t('col.early')),
        num('finishedOnTime', t('col.onTime')),
        num('finishedLate', t('col.late')),
      ],
    },
    {
      key: 'inProgress',
      title: t('col.inProgress'),
      children: [
        num('inProgress', t('col.total')),
        num('inProgressWithinTime', t('col.within')),
        num('inProgressOverdue', t('col.overdue')),
      ],
    },
    rateColumn<Line>(t('col.rate'), fmt),
    {
      ...num('repeatedSupplements', t('col.repeatedSupplements')),
      title: <Tooltip title={t('col.repeatedSupplementsHint')}>{t('col.repeatedSupplements')}</Tooltip>,
      width: 110,
    },
  ];
  const lines: Line[] = [
    ...report.rows.map((r, i) => ({ ...r, stt: i + 1, label: r.key === 'self' ? t('col.ownRow', { name: r.label }) : r.label })),
    { ...report.total, key: 'total', label: t('col.totalRow'), unitId: null, stt: null },
  ];
  return (
    // A focusable, labelled region scrolls the wide table (keyboard users can scroll it; axe scrollable-region-focusable).
    <div role="region" aria-label={t('tableLabel')} tabIndex={0} style={{ overflow: 'auto', maxHeight: 560 }}>
      <Table<Line>
        size="small"
        bordered
        rowKey="key"
        columns={columns}
        dataSource={lines}
        pagination={false}
        style={{ minWidth: 1410 }}
        onRow={(r) => (r.key === 'total' ? { style: { fontWeight: 600 } } : {})}
      />
    </div>
  );
}
