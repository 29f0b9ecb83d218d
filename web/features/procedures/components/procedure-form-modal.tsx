import { useMemo } from 'react';
import { Alert, Divider, Form, Grid, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '@contracts/procedures';
import { ErrorAlert } from '@web/components/error-alert';
import { useUnits } from '../api/queries';
import { useSaveProcedure } from '../hooks/use-save-procedure';
import { initialFormValues, type FormMode, type ProcedureFormValues } from '../utils/procedure-form';
import { ProcedureIdentityFields, ProcedureTermsFields } from './procedure-form-fields';
import { ProcedureDocumentsField, ProcedureStepsField } from './procedure-list-fields';

const TITLE_KEYS: Record<FormMode['kind'], string> = { create: 'form.createTitle', edit: 'form.editTitle', replace: 'form.replaceTitle' };

/** Create, edit or replace a procedure, with dynamic lists of documents and route steps (shares in %, summing to 100). */
export function ProcedureFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: FormMode;
  onClose: () => void;
  onSaved: (p: ProcedureDetail) => void;
}) {
  const { t } = useTranslation('procedures');
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<ProcedureFormValues>();
  const initial = useMemo(() => initialFormValues(mode), [mode]);
  const saving = useSaveProcedure(mode, onSaved);
  const units = useUnits();
  // A commune-level procedure belongs to the province (the root unit), see contracts/procedures.ts.
  const province = units.data?.items.find((u) => u.parentId === null && u.kind === 'province');
  const level = Form.useWatch('level', form);

  return (
    <Modal
      open
      title={t(TITLE_KEYS[mode.kind])}
      onCancel={onClose}
      width={screens.lg ? 900 : '100%'}
      style={screens.lg ? undefined : { top: 8, maxWidth: '100vw', paddingBottom: 0 }}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      onOk={() => form.submit()}
      confirmLoading={saving.pending}
      destroyOnHidden
    >
      {mode.kind === 'replace' ? <Alert type="info" showIcon title={t('form.replaceHelp')} style={{ marginBottom: 12 }} /> : null}
      <Form<ProcedureFormValues>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => saving.save(v, province?.id)}
        scrollToFirstError
      >
        <ProcedureIdentityFields province={province} />
        <ProcedureTermsFields mode={mode} />
        <Divider titlePlacement="start">{t('form.documents')}</Divider>
        <ProcedureDocumentsField />
        <Divider titlePlacement="start">{t('form.steps')}</Divider>
        {level === 'commune' ? <Typography.Paragraph type="secondary">{t('communeHint')}</Typography.Paragraph> : null}
        <ProcedureStepsField provinceId={province?.id} />
      </Form>
      <div style={{ marginTop: 12 }}>
        <ErrorAlert error={saving.error} />
      </div>
    </Modal>
  );
}
