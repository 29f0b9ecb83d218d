import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CALENDAR_DAY_KIND_VALUES, type CalendarDayView } from '@contracts/calendar';
import { ErrorAlert } from '@web/components/error-alert';
import { ApiError } from '@web/lib/api';
import { useCreateDay, useUpdateDay } from '../api/day-mutations';
import { formatDate } from '../utils/format';
import { UnitSelect } from './unit-select';
import { useToast } from '@web/lib/use-toast';

type Values = { date: Dayjs; kind: CalendarDayView['kind']; name: string; nameEn?: string; legalRef: string; unitId?: string };
const FIELDS = ['date', 'kind', 'name', 'nameEn', 'legalRef', 'unitId'];

/**
 * Adds a day (province-wide kinds when the caller manages the province calendar, a unit closure otherwise) or edits
 * one; a local closure stays a closure.
 */
export function DayFormModal({
  year,
  day,
  canManageProvince,
  onClose,
}: {
  year: number;
  day?: CalendarDayView;
  canManageProvince: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('calendar');
  const message = useToast();
  const [form] = Form.useForm<Values>();
  const create = useCreateDay();
  const update = useUpdateDay();
  const kind = Form.useWatch('kind', form);
  const editing = Boolean(day?.id);
  const kinds = CALENDAR_DAY_KIND_VALUES.filter((k) => {
    if (day) return (k === 'local_closure') === (day.kind === 'local_closure');
    return canManageProvince || k === 'local_closure';
  });
  const pending = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const submit = async (v: Values) => {
    const base = {
      date: v.date.format('YYYY-MM-DD'),
      kind: v.kind,
      name: v.name,
      nameEn: v.nameEn?.trim() ? v.nameEn : null,
      legalRef: v.legalRef,
    };
    try {
      if (day?.id) await update.mutateAsync({ id: day.id, body: base });
      else await create.mutateAsync({ ...base, unitId: v.kind === 'local_closure' ? (v.unitId ?? null) : null });
      void message.success(t('form.saved'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError) {
        const byField = new Map<string, string[]>();
        for (const i of e.issues) {
          const name = i.path.replace(/^body\./, '');
          if (FIELDS.includes(name)) byField.set(name, [...(byField.get(name) ?? []), i.message]);
        }
        form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof Values, errors })));
      }
    }
  };

  const required = (field: string) => [{ required: true, message: t('form.required', { field: field.toLowerCase() }) }];
  return (
    <Modal
      open
      title={day ? t('form.editTitle', { date: formatDate(day.date) }) : t('form.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common:common.save')}
      cancelText={t('common:common.cancel')}
      confirmLoading={pending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={
          day
            ? {
                date: dayjs(day.date),
                kind: day.kind,
                name: day.name,
                nameEn: day.nameEn ?? undefined,
                legalRef: day.legalRef,
                unitId: day.unitId ?? undefined,
              }
            : { date: dayjs(`${year}-01-01`), kind: kinds[0] }
        }
      >
        {editing && day?.status === 'proposed' ? (
          <Alert type="info" showIcon title={t('form.editConfirms')} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="date" label={t('form.date')} rules={required(t('form.date'))}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="kind" label={t('form.kind')} rules={required(t('form.kind'))}>
          <Select options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        {kind === 'local_closure' ? (
          <Form.Item name="unitId" label={t('form.unit')} extra={t('form.unitHelp')} rules={required(t('form.unit'))}>
            <UnitSelect disabled={editing} />
          </Form.Item>
        ) : null}
        <Form.Item name="name" label={t('form.name')} rules={required(t('form.name'))}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('form.nameEn')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="legalRef" label={t('form.legalRef')} extra={t('form.legalRefHelp')} rules={required(t('form.legalRef'))}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
