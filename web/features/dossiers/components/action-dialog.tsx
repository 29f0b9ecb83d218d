import { DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NOTE_REQUIRED, type DossierAction } from '@core/dossier';
import type { ActionRequest, DossierDetail } from '@contracts/dossiers';
import { ErrorAlert } from '@web/components/error-alert';
import { useDossierAction, useHandlers } from '../api/dossiers';
import { readFileBase64 } from '@web/lib/files';
import { actionLabel } from '../utils/format';
import { toGuidanceLines, type GuidanceValues } from '../utils/guidance';
import { GuidanceLines } from './guidance-lines';
import { LateApologyNotice } from './rules-parts';
import { useState } from 'react';

type Values = GuidanceValues & {
  note?: string;
  reason?: string;
  handlerId?: string;
  amount?: number;
  paymentMethod?: 'online' | 'counter';
  newDueAt?: { toDate: () => Date };
  returnPlace?: string;
};

// How the fee was paid: kept on the event for the statistics' online-payment figure (docs/ONE-STOP.md).
function PaymentMethodField() {
  const { t } = useTranslation('dossiers');
  const options = [
    { value: 'online', label: t('action.payment.online') },
    { value: 'counter', label: t('action.payment.counter') },
  ];
  return (
    <Form.Item name="paymentMethod" label={t('action.payment.method')}>
      <Select allowClear options={options} />
    </Form.Item>
  );
}

/** Confirms one action, asking for what it needs (note/reason, handler, new date, amount, result file). */
export function ActionDialog({ dossier, action, onClose }: { dossier: DossierDetail; action: DossierAction; onClose: () => void }) {
  const { t, i18n } = useTranslation('dossiers');
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const run = useDossierAction(dossier.id);
  const open = dossier.steps.find((s) => s.startedAt && !s.finishedAt);
  const next = open ? dossier.steps.find((s) => s.position > open.position) : dossier.steps.find((s) => !s.startedAt);
  const handlerUnit = action === 'forward' ? (next?.unit.id ?? null) : action === 'reassign' ? dossier.currentUnit.id : null;
  const handlers = useHandlers(dossier.id, handlerUnit);
  const back = open ? [...dossier.steps].reverse().find((s) => s.position < open.position && s.startedAt) : undefined;
  const people = (handlers.data?.items ?? []).map((h) => ({
    value: h.id,
    label: h.approves ? `${h.fullName} (${h.username}) — ${t('action.approver')}` : `${h.fullName} (${h.username})`,
  }));
  const noteRequired = NOTE_REQUIRED.includes(action);
  const repeatedSupplement =
    action === 'request_supplement' && dossier.events.some((e) => e.type === 'request_supplement' && e.unit?.id === dossier.currentUnit.id);

  const onFinish = async (v: Values) => {
    const body: ActionRequest = { expectedVersion: dossier.version, note: v.note?.trim() || undefined };
    if (v.reason?.trim()) body.reason = v.reason.trim();
    if (v.handlerId) body.handlerId = v.handlerId;
    if (v.amount !== undefined && v.amount !== null) body.amount = v.amount;
    if (v.paymentMethod) body.paymentMethod = v.paymentMethod;
    if (v.newDueAt) body.newDueAt = v.newDueAt.toDate().toISOString();
    if (v.returnPlace?.trim()) body.returnPlace = v.returnPlace.trim();
    if (action === 'request_completion') Object.assign(body, toGuidanceLines(v));
    if (file) body.resultFile = { fileName: file.name, mimeType: file.type, content: await readFileBase64(file) };
    run.mutate({ action, body }, { onSuccess: onClose });
  };

  return (
    <Modal
      open
      title={actionLabel(action, i18n.language)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('action.confirm')}
      cancelText={t('action.cancel')}
      confirmLoading={run.isPending}
      okButtonProps={{ danger: ['refuse', 'stop', 'withdraw', 'refuse_after_review'].includes(action) }}
      mask={{ closable: false }}
      width={560}
    >
      <Typography.Paragraph>
        {t('action.confirmText', { action: actionLabel(action, i18n.language).toLowerCase(), code: dossier.code })}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" name={`action-${action}`} onFinish={(v) => void onFinish(v)}>
        <ErrorAlert error={run.error} />
        {action === 'forward' ? (
          <>
            <Typography.Paragraph type="secondary">
              {t('action.nextStep', { step: next?.name ?? '', unit: next?.unit.name ?? '' })}
            </Typography.Paragraph>
            <Form.Item name="handlerId" label={t('action.handler')}>
              <Select allowClear loading={handlers.isFetching} placeholder={t('action.handlerAny')} options={people} />
            </Form.Item>
          </>
        ) : null}
        {action === 'send_back' && back ? (
          <Typography.Paragraph type="secondary">{t('action.backStep', { step: back.name, unit: back.unit.name })}</Typography.Paragraph>
        ) : null}
        {action === 'reassign' ? (
          <Form.Item name="handlerId" label={t('action.handler')} rules={[{ required: true, message: t('action.handlerRequired') }]}>
            <Select loading={handlers.isFetching} options={people} />
          </Form.Item>
        ) : null}
        {action === 'issue_apology' ? <LateApologyNotice marks={dossier.marks} /> : null}
        {action === 'request_completion' ? <GuidanceLines /> : null}
        {action === 'issue_apology' ? (
          <Form.Item name="newDueAt" label={t('action.newDueAt')} rules={[{ required: true, message: t('action.newDueAtRequired') }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        {action === 'request_payment' ? (
          <Form.Item name="amount" label={t('action.amount')}>
            <InputNumber min={0} step={1000} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
        {action === 'confirm_payment' ? <PaymentMethodField /> : null}
        {action === 'return_result' ? (
          <>
            <Form.Item name="returnPlace" label={t('action.returnPlace')}>
              <Input />
            </Form.Item>
            <Form.Item label={t('action.resultFile')} htmlFor="result-file" extra={t('action.fileHelp')}>
              <input
                id="result-file"
                type="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </Form.Item>
          </>
        ) : null}
        {repeatedSupplement ? (
          <Form.Item
            name="reason"
            label={t('action.repeatReason')}
            extra={t('action.repeatHelp')}
            rules={[{ required: true, min: 5, message: t('action.reasonRequired') }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="note"
          label={noteRequired ? t(`action.noteLabel.${action}`, { defaultValue: t('action.note') }) : t('action.note')}
          rules={noteRequired ? [{ required: true, whitespace: true, message: t('action.noteRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
