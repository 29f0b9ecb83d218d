import { useEffect } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { OfficeHoursPeriod } from '@contracts/calendar';
import { ErrorAlert } from '@web/components/error-alert';
import { useOfficeHours, usePutOfficeHours } from '../api/office-hours';
import { describeSessions, formatDate, parseSessions } from '../utils/format';
import { ScrollRegion } from './scroll-region';
import { useToast } from '@web/lib/use-toast';

type Values = {
  validFrom: Dayjs;
  d0: string;
  d1: string;
  d2: string;
  d3: string;
  d4: string;
  d5: string;
  d6: string;
  makeupDay: string;
  legalRef?: string;
};
const DAY_FIELDS = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const;

/** Office hours in force and the form to set them from a date (province-level managers only). */
export function OfficeHoursForm({ todayIso }: { todayIso: string }) {
  const { t } = useTranslation('calendar');
  const message = useToast();
  const state = useOfficeHours();
  const put = usePutOfficeHours();
  const [form] = Form.useForm<Values>();
  const weekdays = t('weekday', { returnObjects: true }) as string[];
  const canEdit = Boolean(state.data?.abilities.includes('calendar.manage'));
  const current = state.data?.current ?? null;

  useEffect(() => {
    if (!current) return;
    form.setFieldsValue({
      validFrom: dayjs(todayIso),
      ...Object.fromEntries(DAY_FIELDS.map((f, i) => [f, describeSessions(current.weekly[i])])),
      makeupDay: describeSessions(current.makeupDay),
    });
  }, [current, form, todayIso]);

  const sessionsRule = {
    validator: (_: unknown, v: string | undefined) =>
      parseSessions(v ?? '') ? Promise.resolve() : Promise.reject(new Error(t('hours.badFormat'))),
  };
  const submit = (v: Values) => {
    const weekly = DAY_FIELDS.map((f) => parseSessions(v[f] ?? '') ?? []);
    const makeup = parseSessions(v.makeupDay ?? '') ?? [];
    put.mutate(
      {
        validFrom: v.validFrom.format('YYYY-MM-DD'),
        weekly,
        makeupDay: makeup.length ? makeup : null,
        legalRef: v.legalRef?.trim() || null,
      },
      { onSuccess: () => void message.success(t('form.saved')) },
    );
  };

  const columns = [
    { key: 'from', title: t('hours.validFrom'), render: (_: unknown, p: OfficeHoursPeriod) => formatDate(p.validFrom) },
    ...weekdays.map((w, i) => ({
      key: `d${i}`,
      title: w,
      render: (_: unknown, p: OfficeHoursPeriod) => describeSessions(p.weekly[i]) || t('hours.closed'),
    })),
    { key: 'legalRef', title: t('col.legalRef'), render: (_: unknown, p: OfficeHoursPeriod) => p.legalRef ?? '' },
  ];

  return (
    <Card
      title={t('hours.title')}
      extra={
        current ? <Typography.Text type="secondary">{t('hours.current', { date: formatDate(current.validFrom) })}</Typography.Text> : null
      }
    >
      <ErrorAlert error={state.error} />
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('hours.periods')}
      </Typography.Title>
      <div style={{ marginBottom: 24 }}>
        <ScrollRegion label={t('hours.periods')} minWidth={1000}>
          <Table<OfficeHoursPeriod>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={state.data?.periods ?? []}
            loading={state.isLoading}
            pagination={false}
          />
        </ScrollRegion>
      </div>
      {canEdit ? (
        <Form<Values> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 560 }}>
          <Form.Item name="validFrom" label={t('hours.validFrom')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" allowClear={false} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('hours.sessionsHelp')}</Typography.Paragraph>
          {DAY_FIELDS.map((f, i) => (
            <Form.Item key={f} name={f} label={weekdays[i]} rules={[sessionsRule]} style={{ marginBottom: 12 }}>
              <Input placeholder={t('hours.closed')} />
            </Form.Item>
          ))}
          <Form.Item name="makeupDay" label={t('hours.makeupDay')} rules={[sessionsRule]}>
            <Input />
          </Form.Item>
          <Form.Item name="legalRef" label={t('hours.legalRef')}>
            <Input maxLength={500} />
          </Form.Item>
          <ErrorAlert error={put.error} />
          <Button type="primary" htmlType="submit" loading={put.isPending} style={{ marginTop: 8 }}>
            {t('hours.save')}
          </Button>
        </Form>
      ) : (
        <Alert type="info" showIcon title={t('hours.readOnly')} />
      )}
    </Card>
  );
}
