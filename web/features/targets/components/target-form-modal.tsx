import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { TARGET_KEY_MEASURE, TARGET_KEYS, type TargetKey } from '@core/targets';
import type { TargetView } from '@contracts/targets';
import { ErrorAlert } from '@web/components/error-alert';
import { ApiError, localizeMessage } from '@web/lib/api';
import { useToast } from '@web/lib/use-toast';
import { useCreateTarget, useManagedUnits, useUpdateTarget } from '../api/targets';
import { keyLabel, vietnamToday } from '../utils';

type Values = { key: TargetKey; scope?: string; value: number; validFrom: Dayjs; validTo?: Dayjs | null; source: string; note?: string };
const FIELDS: Array<keyof Values> = ['key', 'value', 'validFrom', 'validTo', 'source', 'note'];
const PROVINCE = 'province';
const collator = new Intl.Collator('vi');
// 'buon ma' finds 'Buôn Ma Thuột': no diacritics, đ = d, any case.
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Adds a target version (province-wide or for a unit the caller manages) or edits one; key and scope stay fixed. */
export function TargetFormModal({
  target,
  manageProvince,
  onClose,
}: {
  target?: TargetView;
  manageProvince: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('targets');
  const message = useToast();
  const [form] = Form.useForm<Values>();
  const create = useCreateTarget();
  const update = useUpdateTarget();
  const units = useManagedUnits();
  const key = Form.useWatch('key', form) ?? target?.key;
  const percent = key !== undefined && (TARGET_KEY_MEASURE as Record<string, string>)[key] === 'percent';
  const scopes = target
    ? [{ value: target.unitId ?? PROVINCE, label: target.unitName ?? t('provinceWide') }]
    : [
        ...(manageProvince ? [{ value: PROVINCE, label: t('provinceWide') }] : []),
        ...(units.data ?? []).sort((a, b) => collator.compare(a.name, b.name)).map((u) => ({ value: u.id, label: u.name })),
      ];

  const submit = async (v: Values) => {
    const period = { validFrom: iso(v.validFrom), validTo: v.validTo ? iso(v.validTo) : null };
    const texts = { source: v.source, note: v.note?.trim() ? v.note : null };
    try {
      if (target) await update.mutateAsync({ id: target.id, body: { value: v.value, ...period, ...texts } });
      else
        await create.mutateAsync({
          key: v.key,
          unitId: v.scope === PROVINCE ? null : (v.scope ?? null),
          value: v.value,
          ...period,
          ...texts,
        });
      void message.success(t('form.saved'));
      onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) return;
      const byField = new Map<keyof Values, string[]>();
      for (const i of e.issues) {
        const raw = i.path.replace(/^body\./, '');
        const name = (raw === 'unitId' ? 'scope' : raw) as keyof Values;
        if (FIELDS.includes(name) || name === 'scope')
          byField.set(name, [...(byField.get(name) ?? []), localizeMessage(i.message, i18n.language)]);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    }
  };

  const required = (field: string) => [{ required: true, message: t('form.required', { field: field.toLowerCase() }) }];
  const nextYear = Number(vietnamToday().slice(0, 4)) + 1;
  return (
    <Modal
      open
      title={target ? t('form.editTitle') : t('form.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common:common.save')}
      cancelText={t('common:common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={
          target
            ? {
                key: target.key as TargetKey,
                scope: target.unitId ?? PROVINCE,
                value: target.value,
                validFrom: dayjs(target.validFrom),
                validTo: target.validTo ? dayjs(target.validTo) : null,
                source: target.source,
                note: target.note ?? undefined,
              }
            : { key: TARGET_KEYS[0], scope: manageProvince ? PROVINCE : undefined, validFrom: dayjs(`${nextYear}-01-01`) }
        }
      >
        <Form.Item name="key" label={t('form.key')} rules={required(t('form.key'))}>
          <Select disabled={Boolean(target)} options={TARGET_KEYS.map((k) => ({ value: k, label: keyLabel(t, k) }))} />
        </Form.Item>
        <Form.Item name="scope" label={t('form.scope')} extra={t('form.scopeHelp')} rules={required(t('form.scope'))}>
          <Select
            disabled={Boolean(target)}
            placeholder={t('form.pickScope')}
            loading={units.isLoading}
            options={scopes}
            showSearch={{ filterOption: (input, option) => fold(String(option?.label ?? '')).includes(fold(input.trim())) }}
          />
        </Form.Item>
        <Form.Item name="value" label={t('form.value')} rules={required(t('form.value'))}>
          <InputNumber min={0} max={percent ? 100 : undefined} step={0.5} suffix={percent ? '%' : undefined} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="validFrom" label={t('form.validFrom')} rules={required(t('form.validFrom'))}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="validTo" label={t('form.validTo')} extra={t('form.validToHelp')}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('form.source')}
          extra={t('form.sourceHelp')}
          rules={[
            ...required(t('form.source')),
            { whitespace: true, message: t('form.required', { field: t('form.source').toLowerCase() }) },
          ]}
        >
          <Input.TextArea maxLength={1000} rows={3} />
        </Form.Item>
        <Form.Item name="note" label={t('form.note')}>
          <Input.TextArea maxLength={2000} rows={2} />
        </Form.Item>
        <ErrorAlert error={create.error ?? update.error} />
      </Form>
    </Modal>
  );
}
