import { useMemo, useState } from 'react';
import { Button, DatePicker, Form, Modal, TreeSelect, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { UnitListItem } from '@contracts/units';
import { ErrorAlert } from '@web/components/error-alert';
import { useAuth } from '@web/lib/auth';
import { unitTreeOf } from '@web/lib/unit-tree';
import { useRegisterDownload, useScopeUnits } from '../api/register';
import { todayDayjs } from '@web/lib/today';
import { foldTreeSearch } from '@web/lib/search-filter';

const ISO = 'YYYY-MM-DD';

/** Today's date in Vietnam (UTC+7), whatever the browser's zone. */

/** This month, first to last day: the register's default period. */
export function thisMonth(today: Dayjs = todayDayjs()): [Dayjs, Dayjs] {
  return [today.startOf('month'), today.endOf('month').startOf('day')];
}

/** Units where the caller may read dossiers, as a tree (a unit whose parent is out of scope is a root). */
const unitTree = (items: UnitListItem[]) => unitTreeOf(items.filter((u) => u.status !== 'closed' && u.abilities.includes('dossier.read')));

/** Mẫu 07: the dossier register of a unit (with its subtree) for a period, downloaded as PDF or Excel. */
export function RegisterDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('dossiers');
  const { me } = useAuth();
  const units = useScopeUnits(true);
  const download = useRegisterDownload();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(() => thisMonth());
  const [picked, setPicked] = useState<string | undefined>();
  const items = useMemo(() => units.data?.items ?? [], [units.data]);
  const tree = useMemo(() => unitTree(items), [items]);
  // Default: the user's own unit when it is in scope, else the first unit of the tree.
  const fallback = items.some((u) => u.id === me?.user.unitId && u.abilities.includes('dossier.read')) ? me?.user.unitId : tree[0]?.value;
  const unitId = picked ?? fallback ?? undefined;
  const canExport = Boolean(unitId && items.find((u) => u.id === unitId)?.abilities.includes('report.export'));
  const run = (kind: 'pdf' | 'xlsx') => {
    if (!unitId) return;
    download.mutate({ kind, query: { unitId, from: period[0].format(ISO), to: period[1].format(ISO) } });
  };

  return (
    <Modal
      open
      title={t('register.title')}
      onCancel={onClose}
      width={560}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('register.close')}
        </Button>,
        canExport ? (
          <Button
            key="xlsx"
            onClick={() => run('xlsx')}
            disabled={!unitId}
            loading={download.isPending && download.variables?.kind === 'xlsx'}
            data-testid="register-xlsx"
          >
            {t('register.excel')}
          </Button>
        ) : null,
        <Button
          key="pdf"
          type="primary"
          onClick={() => run('pdf')}
          disabled={!unitId}
          loading={download.isPending && download.variables?.kind === 'pdf'}
          data-testid="register-pdf"
        >
          {t('register.pdf')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('register.help')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('register.period')} htmlFor="register-period">
          <DatePicker.RangePicker
            id={{ start: 'register-period' }}
            format="DD/MM/YYYY"
            allowClear={false}
            value={period}
            onChange={(v) => {
              if (v?.[0] && v[1]) {
                setPeriod([v[0], v[1]]);
                download.reset();
              }
            }}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item label={t('register.unit')} htmlFor="register-unit" extra={canExport || !unitId ? undefined : t('register.noExcel')}>
          <TreeSelect
            id="register-unit"
            showSearch={foldTreeSearch}
            treeData={tree}
            loading={units.isLoading}
            value={unitId}
            onChange={(v: string) => {
              setPicked(v);
              download.reset();
            }}
            treeDefaultExpandedKeys={unitId ? [unitId] : []}
            placeholder={t('register.unitPlaceholder')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={units.error ?? download.error} />
    </Modal>
  );
}
