import { useState } from 'react';
import { App, Button, Flex, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '@contracts/units';
import { useCreateUnit } from '../api/create-unit';
import { childKindsOf, defaultChildKind } from '../utils/unit-tree';
import { fieldErrorsOf } from '../utils/form-errors';
import { UNIT_FORM_FIELDS, UnitFields, textOr, type UnitFormValues } from './unit-fields';
import { UnitErrorAlert } from './unit-error-alert';

/** "Thêm đơn vị trực thuộc": a new unit under `parent`, kinds limited to those allowed under the parent's kind. */
export function CreateUnitDialog({
  parent,
  onClose,
  onCreated,
}: {
  parent: UnitDetail;
  onClose: () => void;
  onCreated: (u: UnitDetail) => void;
}) {
  const { t, i18n } = useTranslation('units');
  const { message } = App.useApp();
  const [form] = Form.useForm<UnitFormValues>();
  const create = useCreateUnit();
  const [error, setError] = useState<unknown>(null);
  const kinds = childKindsOf(parent.kind);

  const onFinish = async (v: UnitFormValues) => {
    setError(null);
    try {
      const created = await create.mutateAsync({
        parentId: parent.id,
        code: v.code.trim(),
        name: v.name.trim(),
        kind: v.kind,
        shortName: textOr(v.shortName, undefined),
        nameEn: textOr(v.nameEn, undefined),
        validFrom: v.validFrom ? v.validFrom.format('YYYY-MM-DD') : undefined,
        legalRef: textOr(v.legalRef, undefined),
        address: textOr(v.address, undefined),
      });
      void message.success(t('form.created', { name: created.name }));
      onCreated(created);
    } catch (e) {
      setError(e);
      form.setFields(fieldErrorsOf(e, UNIT_FORM_FIELDS, i18n.language));
    }
  };

  return (
    <Modal open title={t('form.createTitle', { parent: parent.name })} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Form<UnitFormValues>
        form={form}
        name="unit-create"
        layout="vertical"
        requiredMark
        initialValues={{ kind: defaultChildKind(parent.kind) }}
        onFinish={(v) => void onFinish(v)}
        data-testid="unit-create-form"
      >
        <Typography.Paragraph type="secondary">
          {t('form.parent')}: <Typography.Text strong>{parent.name}</Typography.Text>
        </Typography.Paragraph>
        <UnitFields kinds={kinds} autoFocus mode="create" />
        <UnitErrorAlert error={error} fields={UNIT_FORM_FIELDS} />
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="unit-form-submit">
            {t('form.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
