import { useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { foldVietnamese, type UnitDetail } from '@contracts/units';
import { useUnits } from '../api/get-units';
import { useCloseUnit } from '../api/close-unit';
import { todayIso } from '@web/lib/today';
import { addDays, formatDate } from '../utils/dates';
import { fieldErrorsOf } from '../utils/form-errors';
import { textOr } from './unit-fields';
import { UnitErrorAlert } from './unit-error-alert';
import { foldSearch } from '@web/lib/search-filter';

type CloseValues = { validTo?: Dayjs | null; successorIds?: string[]; legalRef?: string; note?: string };

const CLOSE_FIELDS = ['validTo', 'successorIds', 'legalRef', 'note'] as const;

/** "Đóng đơn vị": the last day in effect, the units that take over from the next day, and the legal basis. */
export function CloseUnitDialog({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation('units');
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const close = useCloseUnit();
  const [error, setError] = useState<unknown>(null);
  const validTo = Form.useWatch('validTo', form);
  const takeOver = validTo ? addDays(validTo.format('YYYY-MM-DD'), 1) : undefined;
  // Successors must be in effect on the day they take over.
  const candidates = useUnits({ asOf: takeOver });
  const options = useMemo(
    () =>
      (candidates.data?.items ?? [])
        .filter((u) => u.id !== unit.id)
        .map((u) => ({ value: u.id, label: `${u.name} (${u.code})`, search: foldVietnamese(`${u.name} ${u.shortName ?? ''} ${u.code}`) })),
    [candidates.data, unit.id],
  );

  const onFinish = async (v: CloseValues) => {
    setError(null);
    if (!v.validTo) return;
    try {
      const closed = await close.mutateAsync({
        id: unit.id,
        body: {
          validTo: v.validTo.format('YYYY-MM-DD'),
          successorIds: v.successorIds && v.successorIds.length > 0 ? v.successorIds : undefined,
          legalRef: textOr(v.legalRef, undefined),
          note: textOr(v.note, undefined),
        },
      });
      void message.success(t('form.closed', { name: closed.name }));
      onClose();
    } catch (e) {
      setError(e);
      form.setFields(fieldErrorsOf(e, CLOSE_FIELDS, i18n.language));
    }
  };

  return (
    <Modal open title={t('form.closeTitle', { name: unit.name })} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form<CloseValues>
        form={form}
        name="unit-close"
        layout="vertical"
        initialValues={{ validTo: dayjs(todayIso()) }}
        onFinish={(v) => void onFinish(v)}
        data-testid="unit-close-form"
      >
        <Alert type="warning" showIcon title={t('form.closeWarning')} style={{ marginBottom: 16 }} />
        <Form.Item
          label={t('form.validTo')}
          name="validTo"
          rules={[{ required: true, message: t('form.required', { field: t('form.validTo').toLowerCase() }) }]}
          extra={takeOver ? t('form.validToHelp', { date: formatDate(takeOver) }) : undefined}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%', maxWidth: 220 }} autoFocus />
        </Form.Item>
        <Form.Item label={t('form.successors')} name="successorIds">
          <Select
            mode="multiple"
            options={options}
            loading={candidates.isLoading}
            placeholder={t('form.successorsPlaceholder')}
            showSearch={foldSearch}
            data-testid="unit-form-successors"
          />
        </Form.Item>
        <Form.Item label={t('form.closeLegalRef')} name="legalRef">
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('form.legalRefPlaceholder')} />
        </Form.Item>
        <Form.Item label={t('form.note')} name="note">
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <UnitErrorAlert error={error} fields={CLOSE_FIELDS} />
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="primary" danger htmlType="submit" loading={close.isPending} data-testid="unit-form-submit">
            {t('form.closeSubmit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
