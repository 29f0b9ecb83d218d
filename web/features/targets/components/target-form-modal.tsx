import { DatePicker, Form, Input, InputNumber, Modal, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { TARGET_KEY_MEASURE, TARGET_KEYS } from '@core/targets';
import type { TargetView } from '@contracts/targets';
import { ErrorAlert } from '@web/components/error-alert';
import { ApiError } from '@web/lib/api';
import { useToast } from '@web/lib/use-toast';
import { useCreateTarget, useManagedUnits, useUpdateTarget } from '../api/targets';
import { PROVINCE, initialTargetValues, targetFieldErrors, toTargetRequest, type TargetFormValues } from '../form-values';
import { keyLabel } from '../utils';
import { todayIso } from '@web/lib/today';
import { foldSearch } from '@web/lib/search-filter';

const collator = new Intl.Collator('vi');

/** Where a version applies: the version's own scope when editing; else province-wide (when allowed) and the units the caller manages. */
function useScopeOptions(target: TargetView | undefined, manageProvince: boolean) {
  const { t } = useTranslation('targets');
  const units = useManagedUnits();
  const options = target
    ? [{ value: target.unitId ?? PROVINCE, label: target.unitName ?? t('provinceWide') }]
    : [
        ...(manageProvince ? [{ value: PROVINCE, label: t('provinceWide') }] : []),
        ...(units.data ?? []).sort((a, b) => collator.compare(a.name, b.name)).map((u) => ({ value: u.id, label: u.name })),
      ];
  return { options, loading: units.isLoading };
}

/** Saves the dialog; the server's field issues land on their fields. */
function useSaveTarget(form: FormInstance<TargetFormValues>, target: TargetView | undefined, onClose: () => void) {
  const { t, i18n } = useTranslation('targets');
  const message = useToast();
  const create = useCreateTarget();
  const update = useUpdateTarget();
  const save = async (v: TargetFormValues) => {
    const request = toTargetRequest(v, target);
    try {
      if (request.kind === 'update') await update.mutateAsync({ id: request.id, body: request.body });
      else await create.mutateAsync(request.body);
      void message.success(t('form.saved'));
      onClose();
    } catch (e) {
      if (e instanceof ApiError) form.setFields(targetFieldErrors(e.issues, i18n.language));
    }
  };
  return { save, pending: create.isPending || update.isPending, error: create.error ?? update.error };
}

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
  const { t } = useTranslation('targets');
  const [form] = Form.useForm<TargetFormValues>();
  const saving = useSaveTarget(form, target, onClose);
  const scopes = useScopeOptions(target, manageProvince);
  const key = Form.useWatch('key', form) ?? target?.key;
  const percent = key !== undefined && (TARGET_KEY_MEASURE as Record<string, string>)[key] === 'percent';
  const required = (field: string) => [{ required: true, message: t('form.required', { field: field.toLowerCase() }) }];
  const nextYear = Number(todayIso().slice(0, 4)) + 1;
  return (
    <Modal
      open
      title={target ? t('form.editTitle') : t('form.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common:common.save')}
      cancelText={t('common:common.cancel')}
      confirmLoading={saving.pending}
      destroyOnHidden
    >
      <Form<TargetFormValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void saving.save(v)}
        initialValues={initialTargetValues(target, manageProvince, nextYear)}
      >
        <Form.Item name="key" label={t('form.key')} rules={required(t('form.key'))}>
          <Select disabled={Boolean(target)} options={TARGET_KEYS.map((k) => ({ value: k, label: keyLabel(t, k) }))} />
        </Form.Item>
        <Form.Item name="scope" label={t('form.scope')} extra={t('form.scopeHelp')} rules={required(t('form.scope'))}>
          <Select
            disabled={Boolean(target)}
            placeholder={t('form.pickScope')}
            loading={scopes.loading}
            options={scopes.options}
            showSearch={foldSearch}
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
        <ErrorAlert error={saving.error} />
      </Form>
    </Modal>
  );
}
