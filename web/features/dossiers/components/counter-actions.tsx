import { useState } from 'react';
import { Button, Form, Input, Modal, Result, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CounterOutcome, CreateCounterOutcomeRequest } from '@contracts/counter-outcomes';
import { ErrorAlert } from '@web/components/error-alert';
import { useCreateCounterOutcome } from '../api/counter-outcomes';
import type { IntakeState } from '../hooks/use-intake';
import { prefilledMissing, toGuidanceLines, type GuidanceValues } from '../utils/guidance';
import type { IntakeValues } from '../utils/intake';
import { GuidanceLines } from './guidance-lines';

type Kind = 'guided' | 'refused';
type DialogValues = GuidanceValues & { reason?: string };

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** The applicant and procedure of the intake form, as a counter outcome carries them. */
function commonOf(v: IntakeValues, procedureId: string | undefined) {
  return {
    unitId: v.receivingUnitId,
    procedureId,
    channel: v.channel,
    applicant: {
      type: v.applicantType,
      name: (v.name ?? '').trim(),
      idNumber: blank(v.idNumber),
      phone: blank(v.phone),
      address: blank(v.address),
    },
  };
}

/** Beside "Tiếp nhận": guide to complete (form 02, the unticked documents pre-filled) or refuse (form 03, a reason). */
export function CounterActions({ form, intake }: { form: FormInstance<IntakeValues>; intake: IntakeState }) {
  const { t } = useTranslation('dossiers');
  const [kind, setKind] = useState<Kind | null>(null);
  const [done, setDone] = useState<CounterOutcome | null>(null);
  const [dialog] = Form.useForm<DialogValues>();
  const create = useCreateCounterOutcome();

  const openDialog = async (k: Kind) => {
    try {
      await form.validateFields(['name']);
    } catch {
      return;
    }
    create.reset();
    dialog.resetFields();
    if (k === 'guided') dialog.setFieldsValue({ missing: prefilledMissing(intake.procedure, intake.docs), wrong: [] });
    setKind(k);
  };
  const onFinish = (v: DialogValues) => {
    const common = commonOf(form.getFieldsValue(true), intake.procedure?.id);
    const body: CreateCounterOutcomeRequest =
      kind === 'guided'
        ? { kind: 'guided', ...common, ...toGuidanceLines(v) }
        : { kind: 'refused', ...common, reason: (v.reason ?? '').trim() };
    create.mutate(body, {
      onSuccess: (o) => {
        setKind(null);
        setDone(o);
      },
    });
  };

  return (
    <>
      <Button onClick={() => void openDialog('guided')} data-testid="counter-guide">
        {t('counter.guide')}
      </Button>
      <Button danger onClick={() => void openDialog('refused')} data-testid="counter-refuse">
        {t('counter.refuse')}
      </Button>
      <Modal
        open={kind !== null}
        title={kind === 'guided' ? t('counter.guideTitle') : t('counter.refuseTitle')}
        onCancel={() => setKind(null)}
        onOk={() => dialog.submit()}
        okText={t('counter.save')}
        cancelText={t('counter.cancel')}
        okButtonProps={{ danger: kind === 'refused' }}
        confirmLoading={create.isPending}
        width={640}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('counter.guideHelp')}</Typography.Paragraph>
        <Form<DialogValues> form={dialog} layout="vertical" name="counter-outcome" onFinish={onFinish} preserve={false}>
          <ErrorAlert error={create.error} />
          {kind === 'guided' ? (
            <GuidanceLines />
          ) : (
            <Form.Item
              name="reason"
              label={t('counter.reason')}
              rules={[{ required: true, whitespace: true, message: t('counter.reasonRequired') }]}
            >
              <Input.TextArea rows={4} maxLength={2000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <CounterDone outcome={done} onClose={() => setDone(null)} />
    </>
  );
}

/** The slip just issued: its number and the printable form. */
function CounterDone({ outcome, onClose }: { outcome: CounterOutcome | null; onClose: () => void }) {
  const { t } = useTranslation('dossiers');
  return (
    <Modal open={outcome !== null} onCancel={onClose} footer={null} title={outcome ? t(`counter.kinds.${outcome.kind}`) : ''}>
      {outcome ? (
        <Result
          status="success"
          title={t('counter.saved', { number: outcome.number })}
          data-testid="counter-done"
          extra={[
            <Button key="pdf" type="primary" href={outcome.pdfPath} target="_blank" rel="noopener">
              {t('counter.print')}
            </Button>,
            <Button key="close" onClick={onClose}>
              {t('counter.close')}
            </Button>,
          ]}
        />
      ) : null}
    </Modal>
  );
}
