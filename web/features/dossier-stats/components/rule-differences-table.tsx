import { useState } from 'react';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleDifference } from '@contracts/dossier-stats';
import { ErrorAlert } from '@web/components/error-alert';
import { formatNumber } from '@web/lib/format';
import { useRuleDifferences, type StatsFilter } from '../api/stats';
import { formatMoment } from '../utils/period';

const GOOD = new Set(['early', 'on_time', 'within']);
// Dark backgrounds with white text: at least 4.5:1 contrast (antd's light presets fail WCAG AA).
const tagColor = (k: string) => (k === 'none' ? '#595959' : GOOD.has(k) ? '#237804' : '#a8071a');

/** The dossiers the periodic report and Decision 766 class differently, with both standings and why (server-paged). */
export function RuleDifferencesTable({ filter }: { filter: StatsFilter }) {
  const { t, i18n } = useTranslation('dossierStats');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const q = useRuleDifferences(filter, page, pageSize);
  if (q.error) return <ErrorAlert error={q.error} />;
  const standing = (k: string) => (
    <Tag color={tagColor(k)} variant="solid">
      {t(`rules.standing.${k}`)}
    </Tag>
  );
  return (
    <>
      {q.data ? (
        <Typography.Paragraph type="secondary">
          {t('rules.balance', {
            total: formatNumber(q.data.total, i18n.language),
            better: formatNumber(q.data.betterUnderServiceIndex, i18n.language),
            worse: formatNumber(q.data.worseUnderServiceIndex, i18n.language),
          })}
        </Typography.Paragraph>
      ) : null}
      {/* The region scrolls sideways and takes the keyboard focus, so that it can be scrolled without a mouse. */}
      <div role="region" aria-label={t('rules.differences')} tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table<RuleDifference>
          style={{ minWidth: 1200 }}
          size="small"
          rowKey="id"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          locale={{ emptyText: t('rules.empty') }}
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
            { key: 'code', title: t('lateList.code'), dataIndex: 'code', width: 190 },
            { key: 'procedure', title: t('lateList.procedure'), dataIndex: 'procedureName', width: 240, ellipsis: true },
            { key: 'unit', title: t('lateList.handlingUnit'), dataIndex: 'handlingUnitName', width: 170, ellipsis: true },
            { key: 'received', title: t('rules.received'), dataIndex: 'receivedAt', width: 130, render: (v: string) => formatMoment(v) },
            { key: 'periodic', title: t('rules.periodic'), dataIndex: 'periodic', width: 150, render: standing },
            { key: 'serviceIndex', title: t('rules.serviceIndex'), dataIndex: 'serviceIndex', width: 150, render: standing },
            {
              key: 'reasons',
              title: t('rules.reason'),
              width: 260,
              render: (_: unknown, r: RuleDifference) => r.reasons.map((x) => <div key={x}>{t(`rules.reasons.${x}`)}</div>),
            },
          ]}
        />
      </div>
    </>
  );
}
