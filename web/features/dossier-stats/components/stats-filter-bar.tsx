import { useMemo } from 'react';
import { Card, DatePicker, Flex, Form, Segmented, Select, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { StatsGroupBy } from '@contracts/dossier-stats';
import { unitTreeOf } from '@web/lib/unit-tree';
import { useStatsSectors, useStatsUnits } from '../api/stats';
import type { StatsFilterState } from '../hooks/use-stats-filter';
import type { PeriodKind } from '../utils/period';
import { foldTreeSearch } from '@web/lib/search-filter';

const KINDS = ['month', 'quarter', 'year', 'custom'] as const;
const ANCHOR_FORMATS = { month: 'MM/YYYY', quarter: '[Q]Q/YYYY', year: 'YYYY' } as const;

/** The period: a preset kind, then the month, quarter or year it covers, or a custom range of days. */
function PeriodFields({ s }: { s: StatsFilterState }) {
  const { t } = useTranslation('dossierStats');
  const kind = s.kind.value;
  return (
    <>
      <Form.Item label={t('filter.kind')} htmlFor="stats-kind" style={{ marginBottom: 0 }}>
        <Segmented<PeriodKind>
          id="stats-kind"
          value={kind}
          onChange={s.kind.set}
          options={KINDS.map((k) => ({ value: k, label: t(`filter.${k}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('filter.period')} htmlFor="stats-period" style={{ marginBottom: 0 }}>
        {kind === 'custom' ? (
          <DatePicker.RangePicker
            id={{ start: 'stats-period' }}
            format="DD/MM/YYYY"
            allowClear={false}
            value={[dayjs(s.custom.value.from), dayjs(s.custom.value.to)]}
            onChange={(v) => v?.[0] && v[1] && s.custom.set({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
            aria-label={t('filter.range')}
          />
        ) : (
          <DatePicker
            id="stats-period"
            picker={kind}
            allowClear={false}
            value={s.anchor.value}
            format={ANCHOR_FORMATS[kind]}
            onChange={(v) => v && s.anchor.set(v)}
          />
        )}
      </Form.Item>
    </>
  );
}

/** The report's filters: period, unit subtree (current units the caller sees), sector, rows by unit or by sector. */
export function StatsFilterBar({ s, reportUnitId }: { s: StatsFilterState; reportUnitId: string | undefined }) {
  const { t } = useTranslation('dossierStats');
  const sectors = useStatsSectors();
  const units = useStatsUnits();
  const tree = useMemo(() => unitTreeOf((units.data?.items ?? []).filter((u) => u.status !== 'closed')), [units.data]);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Form layout="vertical" component="div">
        <Flex wrap gap={16} align="end">
          <PeriodFields s={s} />
          <Form.Item label={t('filter.unit')} htmlFor="stats-unit" style={{ marginBottom: 0, minWidth: 260, flex: '1 1 260px' }}>
            <TreeSelect
              id="stats-unit"
              showSearch={foldTreeSearch}
              treeData={tree}
              loading={units.isLoading}
              value={s.unitId.value ?? reportUnitId}
              onChange={(v: string) => s.unitId.set(v)}
              treeDefaultExpandedKeys={reportUnitId ? [reportUnitId] : []}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item label={t('filter.sector')} htmlFor="stats-sector" style={{ marginBottom: 0, minWidth: 200, flex: '1 1 200px' }}>
            <Select
              id="stats-sector"
              allowClear
              placeholder={t('filter.allSectors')}
              value={s.sector.value}
              onChange={(v?: string) => s.sector.set(v)}
              options={(sectors.data?.items ?? []).map((x) => ({ value: x, label: x }))}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item label={t('filter.groupBy')} htmlFor="stats-group" style={{ marginBottom: 0 }}>
            <Segmented<StatsGroupBy>
              id="stats-group"
              value={s.groupBy.value}
              onChange={s.groupBy.set}
              options={[
                { value: 'unit', label: t('filter.byUnit') },
                { value: 'sector', label: t('filter.bySector') },
              ]}
            />
          </Form.Item>
        </Flex>
      </Form>
    </Card>
  );
}
