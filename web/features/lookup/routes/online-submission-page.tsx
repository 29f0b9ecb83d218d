import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Result, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  ApplicantEmailSchema,
  ApplicantPhoneSchema,
  IdNumberSchema,
  MAX_DOSSIER_FILES,
  type PublicProcedure,
  type PublicSubmitResponse,
} from '@contracts/dossiers';
import { paths } from '@web/config/paths';
import { ErrorAlert } from '@web/components/error-alert';
import { ApiError } from '@web/lib/api';
import { contractRule } from '@web/lib/form-rules';
import { PublicShell } from '../components/public-shell';
import { DocumentUploads } from '../components/document-uploads';
import { usePublicProcedures, useReceivingUnits, useSubmitOnline } from '../api/submit';
import type { PickedFile } from '../files';

type FormValues = {
  procedureId?: string;
  receivingUnitId?: string;
  name: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
  subject?: string;
  pledge?: boolean;
};

const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

function Done({ r, onAgain }: { r: PublicSubmitResponse; onAgain: () => void }) {
  const { t } = useTranslation('lookup');
  const navigate = useNavigate();
  const track = paths.lookupDossier(encodeURIComponent(r.code));
  return (
    <Card>
      <Result
        status="success"
        title={
          <h1 style={{ fontSize: 'inherit', fontWeight: 'inherit', margin: 0, overflowWrap: 'anywhere' }} data-testid="submit-code">
            {t('submit.doneTitle', { code: r.code })}
          </h1>
        }
        subTitle={t('submit.doneHint')}
        extra={[
          <Button
            key="track"
            type="primary"
            href={track}
            // A long code on a phone: the label wraps inside the button instead of running past the card.
            style={{ whiteSpace: 'normal', height: 'auto', maxWidth: '100%', overflowWrap: 'anywhere' }}
            onClick={(e) => {
              e.preventDefault();
              void navigate(track);
            }}
          >
            {t('submit.track', { code: r.code })}
          </Button>,
          <Button key="again" onClick={onAgain}>
            {t('submit.again')}
          </Button>,
        ]}
      />
    </Card>
  );
}

function ProcedureFacts({ p }: { p: PublicProcedure }) {
  const { t } = useTranslation('lookup');
  return (
    <div style={{ marginBottom: 16 }} data-testid="procedure-facts">
      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {p.name}
      </Typography.Paragraph>
      <Flex gap={6} wrap style={{ marginBottom: 4 }}>
        <Tag style={{ marginInlineEnd: 0 }}>{p.nationalCode}</Tag>
        <Tag color="blue" style={{ marginInlineEnd: 0 }}>
          {t(`submit.level.${p.level}`)}
        </Tag>
        <Tag style={{ marginInlineEnd: 0 }}>{t(`submit.online.${p.onlineLevel}`)}</Tag>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {t('submit.duration', { value: p.durationValue, unit: t(`submit.unit.${p.durationUnit}`) })}
      </Typography.Text>
      {p.feeText ? (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {t('submit.fee', { fee: p.feeText })}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/** Public page '/nop-ho-so': a citizen submits a dossier online with one file per document, and gets its code. */
export function OnlineSubmissionPage() {
  const { t, i18n } = useTranslation('lookup');
  const [form] = Form.useForm<FormValues>();
  const [search, setSearch] = useState('');
  const [procedure, setProcedure] = useState<PublicProcedure | null>(null);
  const [files, setFiles] = useState<Record<string, PickedFile>>({});
  const [done, setDone] = useState<PublicSubmitResponse | null>(null);
  const procedures = usePublicProcedures(search);
  const units = useReceivingUnits(procedure?.id ?? null);
  const submit = useSubmitOnline();

  useEffect(() => {
    document.title = `${t('submit.title')} — CCHC`;
  }, [t]);

  // One receiving place only: choose it for the citizen.
  const only = units.data?.items.length === 1 ? units.data.items[0] : undefined;
  useEffect(() => {
    if (only) form.setFieldValue('receivingUnitId', only.id);
  }, [only, form]);

  const required = useMemo(() => procedure?.documents.filter((d) => d.isRequired) ?? [], [procedure]);
  const missing = required.filter((d) => !files[d.id]);
  const tooMany = required.length > MAX_DOSSIER_FILES;

  const pickProcedure = (id: string | undefined) => {
    setProcedure(procedures.data?.items.find((p) => p.id === id) ?? null);
    setFiles({});
    form.setFieldValue('receivingUnitId', undefined);
    submit.reset();
  };

  const send = (v: FormValues) => {
    if (!procedure || !v.receivingUnitId || missing.length > 0) return;
    submit.mutate(
      {
        procedureId: procedure.id,
        receivingUnitId: v.receivingUnitId,
        applicant: {
          type: 'citizen',
          name: v.name.trim(),
          idNumber: blank(v.idNumber),
          phone: blank(v.phone),
          email: blank(v.email),
          address: blank(v.address),
        },
        subject: blank(v.subject),
        files: Object.entries(files).map(([procedureDocumentId, f]) => ({
          procedureDocumentId,
          fileName: f.fileName,
          mimeType: f.mimeType,
          content: f.content,
        })),
      },
      { onSuccess: (r) => setDone(r) },
    );
  };

  const again = () => {
    setDone(null);
    setProcedure(null);
    setFiles({});
    submit.reset();
    form.resetFields();
  };

  if (done) {
    return (
      <PublicShell>
        <Done r={done} onAgain={again} />
      </PublicShell>
    );
  }

  const rateLimited = submit.error instanceof ApiError && submit.error.status === 429;
  return (
    <PublicShell>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t('submit.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('submit.intro')}</Typography.Paragraph>
      <Form<FormValues> form={form} layout="vertical" onFinish={send} requiredMark scrollToFirstError>
        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('submit.step1')}</h2>} size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="procedureId" label={t('submit.procedure')} rules={[{ required: true, message: t('submit.procedureRequired') }]}>
            <Select
              showSearch={{ filterOption: false, onSearch: setSearch }}
              placeholder={t('submit.procedurePlaceholder')}
              onChange={(v: string | undefined) => pickProcedure(v)}
              loading={procedures.isFetching}
              options={(procedures.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
              optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
              notFoundContent={t('submit.noProcedure')}
              size="large"
              data-testid="procedure-select"
            />
          </Form.Item>
          {procedure ? <ProcedureFacts p={procedure} /> : null}
          <Form.Item name="receivingUnitId" label={t('submit.place')} rules={[{ required: true, message: t('submit.placeRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!procedure}
              placeholder={procedure ? t('submit.placePlaceholder') : t('submit.pickProcedureFirst')}
              loading={units.isFetching}
              options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
              notFoundContent={t('submit.noPlace')}
              size="large"
              data-testid="place-select"
            />
          </Form.Item>
        </Card>

        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('submit.step2')}</h2>} size="small" style={{ marginBottom: 16 }}>
          <Form.Item
            name="name"
            label={t('submit.name')}
            rules={[{ required: true, whitespace: true, message: t('submit.nameRequired') }, { max: 200 }]}
          >
            <Input size="large" autoComplete="name" />
          </Form.Item>
          <Form.Item
            name="idNumber"
            label={t('submit.idNumber')}
            rules={[contractRule(IdNumberSchema, i18n.language, t('submit.idNumberInvalid'))]}
          >
            <Input size="large" autoComplete="off" inputMode="numeric" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('submit.phone')}
            dependencies={['email']}
            rules={[
              contractRule(ApplicantPhoneSchema, i18n.language, t('submit.phoneInvalid')),
              ({ getFieldValue }) => ({
                validator: (_r, v: string | undefined) =>
                  blank(v) || blank(getFieldValue('email') as string | undefined)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('submit.phoneRequired'))),
              }),
            ]}
          >
            <Input size="large" autoComplete="tel" inputMode="tel" />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('submit.email')}
            rules={[contractRule(ApplicantEmailSchema, i18n.language, t('submit.emailInvalid'))]}
          >
            <Input size="large" autoComplete="email" inputMode="email" />
          </Form.Item>
          <Form.Item name="address" label={t('submit.address')} rules={[{ max: 500 }]}>
            <Input size="large" autoComplete="street-address" />
          </Form.Item>
          <Form.Item name="subject" label={t('submit.subject')} style={{ marginBottom: 0 }}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Card>

        <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('submit.step3')}</h2>} size="small" style={{ marginBottom: 16 }}>
          {!procedure ? (
            <Typography.Text type="secondary">{t('submit.pickProcedureFirst')}</Typography.Text>
          ) : tooMany ? (
            <Alert type="warning" showIcon title={t('submit.tooManyDocuments', { count: required.length, max: MAX_DOSSIER_FILES })} />
          ) : (
            <>
              <DocumentUploads documents={procedure.documents} files={files} onChange={setFiles} />
              {missing.length ? (
                <Alert
                  type="info"
                  showIcon
                  style={{ marginTop: 12 }}
                  title={t('submit.missingFiles', { count: missing.length, names: missing.map((d) => d.name).join('; ') })}
                  data-testid="missing-files"
                />
              ) : null}
            </>
          )}
        </Card>

        <Form.Item
          name="pledge"
          valuePropName="checked"
          rules={[
            { validator: (_r, v: boolean | undefined) => (v ? Promise.resolve() : Promise.reject(new Error(t('submit.pledgeRequired')))) },
          ]}
        >
          <Checkbox>{t('submit.pledge')}</Checkbox>
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
          {t('submit.privacy')}
        </Typography.Paragraph>
        {submit.error ? (
          <div style={{ marginBottom: 16 }}>
            {rateLimited ? (
              <Alert type="error" showIcon role="alert" title={t('submit.rateLimited')} />
            ) : (
              <ErrorAlert error={submit.error} />
            )}
          </div>
        ) : null}
        <Button
          type="primary"
          size="large"
          htmlType="submit"
          block
          loading={submit.isPending}
          disabled={!procedure || tooMany || missing.length > 0}
          data-testid="submit-online"
        >
          {t('submit.send')}
        </Button>
      </Form>
    </PublicShell>
  );
}
