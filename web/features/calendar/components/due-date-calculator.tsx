import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CutoffSchema, DURATION_UNIT_VALUES, MAX_DURATION_AMOUNT, type DueDateResponse } from '@contracts/calendar';
import { sameDayRuleOn, vietnamToday } from '@core/calendar';
import { contractRule } from '@web/lib/form-rules';
import { ErrorAlert } from '@web/components/error-alert';
import { useDueDate } from '../api/due-date';
import { formatDate, momentParts, weekdayOfDate } from '../utils/format';
import { UnitSelect } from './unit-select';

type Values = { receivedAt: Dayjs; amount: number; cutoff?: string; unit: DueDateResponse['unit']; unitId?: string };

// The cutoff of a same-day procedure defaults to the rule in force (Decree 23/2015/NĐ-CP Art. 7: 15:00; docs/DOMAIN.md §3.9).
const defaultCutoff = sameDayRuleOn(vietnamToday(new Date())).defaultCutoff;

/** '2026-02-23T16:59:00+07:00' → '16:59, Thứ Hai 23/02/2026' (the server's Vietnam wall clock, never converted). */
function Moment({ iso }: { iso: string }) {
  const { t } = useTranslation('calendar');
  const weekdays = t('weekday', { returnObjects: true }) as string[];
  const { date, time } = momentParts(iso);
  return <>{`${time}, ${weekdays[weekdayOfDate(date) - 1] ?? ''} ${formatDate(date)}`}</>;
}

/** The due moment, where counting starts (or, same-day, which day it falls on) and whether it rests on proposed days. */
function DueResult({ r }: { r: DueDateResponse }) {
  const { t } = useTranslation('calendar');
  return (
    <>
      <Descriptions column={1} bordered size="small" data-testid="due-result">
        <Descriptions.Item label={t('calc.dueAt')}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            <Moment iso={r.dueAt} />
          </Typography.Text>
        </Descriptions.Item>
        {r.resolvedOn ? (
          <Descriptions.Item label={t('calc.sameDay')}>{t(`calc.resolvedOn.${r.resolvedOn}`, { cutoff: r.cutoff })}</Descriptions.Item>
        ) : (
          <Descriptions.Item label={t('calc.countFrom')}>
            <Moment iso={r.countFrom} />
          </Descriptions.Item>
        )}
      </Descriptions>
      {r.provisionalDays.length ? (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t('calc.provisional', {
            count: r.provisionalDays.length,
            days: r.provisionalDays.map((d) => formatDate(d.date)).join(', '),
          })}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('calc.final')}
        </Typography.Paragraph>
      )}
    </>
  );
}

/** Lets a clerk check a due moment: receipt moment + processing time (+ unit) → due moment, with what it rests on. */
export function DueDateCalculator({ showUnit }: { showUnit: boolean }) {
  const { t, i18n } = useTranslation('calendar');
  const [form] = Form.useForm<Values>();
  const due = useDueDate();
  const submit = (v: Values) =>
    due.mutate({
      receivedAt: `${v.receivedAt.format('YYYY-MM-DDTHH:mm')}:00+07:00`,
      ...(v.unit === 'same_day' ? (v.cutoff?.trim() ? { cutoff: v.cutoff.trim() } : {}) : { amount: v.amount }),
      unit: v.unit,
      ...(v.unitId ? { unitId: v.unitId } : {}),
    });
  const r = due.data;
  const unit = Form.useWatch('unit', form);

  return (
    <Card title={t('calc.title')} style={{ maxWidth: 720 }}>
      <Typography.Paragraph type="secondary">{t('calc.help')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ receivedAt: dayjs().second(0), amount: 1, unit: 'working_day' }}
      >
        <Form.Item name="receivedAt" label={t('calc.receivedAt')} rules={[{ required: true }]}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="DD/MM/YYYY HH:mm"
            style={{ width: '100%', maxWidth: 260 }}
            allowClear={false}
          />
        </Form.Item>
        <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
          {unit === 'same_day' ? (
            <Form.Item
              name="cutoff"
              label={t('calc.cutoff')}
              extra={t('calc.cutoffHelp', { cutoff: defaultCutoff })}
              rules={[contractRule(CutoffSchema, i18n.language, t('calc.cutoffRule'))]}
              style={{ minWidth: 140, maxWidth: 300 }}
            >
              <Input placeholder={defaultCutoff} maxLength={5} inputMode="numeric" style={{ width: 140 }} />
            </Form.Item>
          ) : (
            <Form.Item name="amount" label={t('calc.amount')} rules={[{ required: true }]} style={{ minWidth: 140 }}>
              <InputNumber min={0} max={MAX_DURATION_AMOUNT} step={1} style={{ width: 140 }} />
            </Form.Item>
          )}
          <Form.Item name="unit" label={t('calc.unit')} style={{ minWidth: 200 }}>
            <Select options={DURATION_UNIT_VALUES.map((u) => ({ value: u, label: t(`calc.units.${u}`) }))} style={{ width: 200 }} />
          </Form.Item>
        </div>
        {showUnit ? (
          <Form.Item name="unitId" label={t('calc.forUnit')} extra={t('calc.forUnitHelp')} style={{ maxWidth: 420 }}>
            <UnitSelect allowClear />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" loading={due.isPending}>
          {t('calc.submit')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        <ErrorAlert error={due.error} />
        {r ? <DueResult r={r} /> : null}
      </div>
    </Card>
  );
}
