import { useState } from 'react';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LateDossier } from '@contracts/dossier-stats';
import { useLateDossiers, type StatsFilter } from '../api/stats';
import { formatMoment } from '../utils/period';
import { ErrorAlert } from '@web/components/error-alert';
import { formatNumber } from '@web/lib/format';

/** The late dossiers of the period, naming the step, unit and handler that lost the time (server-paged). */
export function LateTable({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation('dossierStats');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const q = useLateDossiers(filter, page, pageSize);
  if (q.error) return <ErrorAlert error={q.error} />;
  return (
    <Table<LateDossier>
      size="small"
      rowKey="id"
      loading={q.isFetching}
      dataSource={q.data?.items ?? []}
      scroll={{ x: 1400 }}
      locale={{ emptyText: t('lateList.empty') }}
      pagination={{
        current: page,
        pageSize,
        total: q.data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (n) => t('lateList.total', { count: n }),
        onChange: (p, s) => {
          setPage(p);
          setPageSize(s);
        },
      }}
      columns={[
        {
          key: 'code',
          title: t('lateList.code'),
          dataIndex: 'code',
          width: 190,
          render: (v: string) => <Typography.Text copyable={{ text: v }}>{v}</Typography.Text>,
        },
        { key: 'procedure', title: t('lateList.procedure'), dataIndex: 'procedureName', width: 260, ellipsis: true },
        { key: 'unit', title: t('lateList.handlingUnit'), dataIndex: 'handlingUnitName', width: 180, ellipsis: true },
        { key: 'due', title: t('lateList.due'), dataIndex: 'originalDueAt', width: 140, render: (v: string | null) => formatMoment(v) },
        {
          key: 'finished',
          title: t('lateList.finishedAt'),
          dataIndex: 'finishedAt',
          width: 140,
          render: (v: string | null) => (v ? formatMoment(v) : <Tag color="error">{t('lateList.stillOpen')}</Tag>),
        },
        {
          key: 'days',
          title: t('lateList.daysLate'),
          dataIndex: 'workingDaysLate',
          width: 110,
          align: 'right',
          render: (v: number) => formatNumber(v, i18n.language, 1),
        },
        {
          key: 'step',
          title: t('lateList.step'),
          width: 230,
          render: (_: unknown, r: LateDossier) =>
            r.step ? (
              <span>
                {`${r.step.position}. ${r.step.name}`}
                <br />
                <Typography.Text type="secondary">{r.step.unitName}</Typography.Text>
              </span>
            ) : (
              <Typography.Text type="secondary">{t('lateList.noStep')}</Typography.Text>
            ),
        },
        { key: 'handler', title: t('lateList.handler'), width: 160, render: (_: unknown, r: LateDossier) => r.step?.handlerName ?? '—' },
      ]}
    />
  );
}
