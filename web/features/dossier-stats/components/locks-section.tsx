import { useMemo, useState } from 'react';
import { Button, Card, Form, Input, Modal, Segmented, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LockSummary } from '@contracts/dossier-stats';
import { ErrorAlert } from '@web/components/error-alert';
import { todayDayjs, todayIso } from '@web/lib/today';
import { useLockPeriod, useLocks } from '../api/stats-extra';
import { formatDate, formatMoment, presetPeriod, type Period } from '../utils/period';
import { LockedPeriodView } from './locked-period-view';

type Kind = 'month' | 'quarter' | 'year';
type Line = Period & { key: string; lock: LockSummary | null; open: boolean };
const SHOWN = 8;
const MONTHS: Record<Kind, number> = { month: 1, quarter: 3, year: 12 };

// The last finished periods of a kind (and the current one, not lockable yet), with the unit's custom locked periods.
function periodsOf(kind: Kind, locks: readonly LockSummary[]): Line[] {
  const today = todayIso();
  const lines: Line[] = [];
  for (let i = 0; i <= SHOWN; i += 1) {
    const p = presetPeriod(kind, todayDayjs().subtract(i * MONTHS[kind], 'month'));
    lines.push({ ...p, key: `${p.from}/${p.to}`, lock: null, open: p.to >= today });
  }
  for (const l of locks) {
    const line = lines.find((x) => x.from === l.from && x.to === l.to);
    if (line) line.lock = l;
    else lines.push({ from: l.from, to: l.to, key: `${l.from}/${l.to}`, lock: l, open: false });
  }
  return lines.sort((a, b) => (a.to === b.to ? b.from.localeCompare(a.from) : b.to.localeCompare(a.to)));
}

/** "Chốt số liệu": the periods of a unit, locked or not, the lock button with its confirmation, the figures and adjustments. */
export function LocksSection({ unit }: { unit: { id: string; name: string } }) {
  const { t } = useTranslation('dossierStats');
  const [kind, setKind] = useState<Kind>('quarter');
  const [selected, setSelected] = useState<Period | null>(null);
  const [confirming, setConfirming] = useState<Period | null>(null);
  const [note, setNote] = useState('');
  const locks = useLocks(unit.id);
  const lock = useLockPeriod();
  const lines = useMemo(() => periodsOf(kind, locks.data?.items ?? []), [kind, locks.data]);
  const label = (p: Period) => `${formatDate(p.from)} – ${formatDate(p.to)}`;

  const submit = () => {
    if (!confirming) return;
    lock.mutate(
      { unitId: unit.id, from: confirming.from, to: confirming.to, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          setSelected(confirming);
          setConfirming(null);
          setNote('');
        },
      },
    );
  };

  return (
    <Card size="small" title={t('locks.title')} data-testid="locks-section">
      <Typography.Paragraph type="secondary">{t('locks.help')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <span id="lock-kind-label">{t('locks.kind')}</span>
        <Segmented<Kind>
          aria-labelledby="lock-kind-label"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'month', label: t('filter.month') },
            { value: 'quarter', label: t('filter.quarter') },
            { value: 'year', label: t('filter.year') },
          ]}
        />
      </Space>
      {locks.error ? <ErrorAlert error={locks.error} /> : null}
      {locks.isLoading ? <Spin style={{ display: 'block' }} /> : null}
      <div role="region" aria-label={t('locks.tableLabel')} tabIndex={0} style={{ overflow: 'auto' }}>
        <Table<Line>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={lines}
          style={{ minWidth: 640 }}
          columns={[
            { key: 'period', title: t('locks.period'), render: (_: unknown, r) => label(r) },
            {
              key: 'state',
              title: t('locks.state'),
              render: (_: unknown, r) =>
                r.lock ? (
                  <Tag color="success">{t('locks.locked', { at: formatMoment(r.lock.lockedAt).slice(0, 10) })}</Tag>
                ) : r.open ? (
                  <Tag>{t('locks.open')}</Tag>
                ) : (
                  <Tag color="warning">{t('locks.notLocked')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('locks.actions'),
              render: (_: unknown, r) => (
                <Space wrap>
                  <Button size="small" onClick={() => setSelected(r)} aria-label={`${t('locks.view')} ${label(r)}`}>
                    {t('locks.view')}
                  </Button>
                  {!r.lock && !r.open ? (
                    <Button size="small" type="primary" onClick={() => setConfirming(r)} aria-label={`${t('locks.lock')} ${label(r)}`}>
                      {t('locks.lock')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </div>
      {selected ? <LockedPeriodView unitId={unit.id} period={selected} /> : null}
      <Modal
        open={confirming !== null}
        title={confirming ? t('locks.confirmTitle', { from: formatDate(confirming.from), to: formatDate(confirming.to) }) : ''}
        okText={t('locks.confirm')}
        cancelText={t('locks.cancel')}
        confirmLoading={lock.isPending}
        onOk={submit}
        onCancel={() => {
          setConfirming(null);
          lock.reset();
        }}
      >
        <Typography.Paragraph>{t('locks.confirmText', { unit: unit.name })}</Typography.Paragraph>
        <ErrorAlert error={lock.error} />
        <Form layout="vertical">
          <Form.Item label={t('locks.note')} htmlFor="lock-note">
            <Input.TextArea id="lock-note" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
