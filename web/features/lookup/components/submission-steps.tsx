import type { ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Select, Tag, Typography, type FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApplicantEmailSchema, ApplicantPhoneSchema, IdNumberSchema, MAX_DOSSIER_FILES } from '@contracts/dossiers';
import { type PublicProcedure } from '@contracts/dossier-catalogue';
import { ErrorAlert } from '@web/components/error-alert';
import { ApiError } from '@web/lib/api';
import { contractRule } from '@web/lib/form-rules';
import type { SubmissionState } from '../hooks/use-online-submission';
import { blank } from '../submission';
import { DocumentUploads } from './document-uploads';
import { foldSearch } from '@web/lib/search-filter';

/** One numbered step of the form, titled as a level-2 heading. */
function StepCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>} size="small" style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}

/** The chosen procedure: code, level, online level, legal time and fee. */
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
        {p.durationUnit === 'same_day'
          ? t('submit.durationSameDay', { cutoff: p.cutoff ?? '' })
          : t('submit.duration', { value: p.durationValue, unit: t(`submit.unit.${p.durationUnit}`) })}
      </Typography.Text>
      {p.feeText ? (
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {t('submit.fee', { fee: p.feeText })}
        </Typography.Text>
      ) : null}
    </div>
  );
}

/** Step 1: the procedure (searched on the server) and where to submit it. */
export function ProcedureStep({ s }: { s: SubmissionState }) {
  const { t } = useTranslation('lookup');
  return (
    <StepCard title={t('submit.step1')}>
      <Form.Item name="procedureId" label={t('submit.procedure')} rules={[{ required: true, message: t('submit.procedureRequired') }]}>
        <Select
          showSearch={{ filterOption: false, onSearch: s.procedures.search }}
          placeholder={t('submit.procedurePlaceholder')}
          onChange={(v: string | undefined) => s.pickProcedure(v)}
          loading={s.procedures.loading}
          options={s.procedures.items.map((p) => ({ value: p.id, label: p.name }))}
          optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
          notFoundContent={t('submit.noProcedure')}
          size="large"
          data-testid="procedure-select"
        />
      </Form.Item>
      {s.procedure ? <ProcedureFacts p={s.procedure} /> : null}
      <Form.Item name="receivingUnitId" label={t('submit.place')} rules={[{ required: true, message: t('submit.placeRequired') }]}>
        <Select
          showSearch={foldSearch}
          disabled={!s.procedure}
          placeholder={s.procedure ? t('submit.placePlaceholder') : t('submit.pickProcedureFirst')}
          loading={s.units.loading}
          options={s.units.items.map((u) => ({ value: u.id, label: u.name }))}
          notFoundContent={t('submit.noPlace')}
          size="large"
          data-testid="place-select"
        />
      </Form.Item>
    </StepCard>
  );
}

/** Step 2: the citizen's name, identity number and contact (a phone or an e-mail is needed), address and subject. */
export function ApplicantStep() {
  const { t, i18n } = useTranslation('lookup');
  const lang = i18n.language;
  const phoneOrEmail: FormRule = ({ getFieldValue }) => ({
    validator: (_r, v: string | undefined) =>
      blank(v) || blank(getFieldValue('email') as string | undefined)
        ? Promise.resolve()
        : Promise.reject(new Error(t('submit.phoneRequired'))),
  });
  return (
    <StepCard title={t('submit.step2')}>
      <Form.Item
        name="name"
        label={t('submit.name')}
        rules={[{ required: true, whitespace: true, message: t('submit.nameRequired') }, { max: 200 }]}
      >
        <Input size="large" autoComplete="name" />
      </Form.Item>
      <Form.Item name="idNumber" label={t('submit.idNumber')} rules={[contractRule(IdNumberSchema, lang, t('submit.idNumberInvalid'))]}>
        <Input size="large" autoComplete="off" inputMode="numeric" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('submit.phone')}
        dependencies={['email']}
        rules={[contractRule(ApplicantPhoneSchema, lang, t('submit.phoneInvalid')), phoneOrEmail]}
      >
        <Input size="large" autoComplete="tel" inputMode="tel" />
      </Form.Item>
      <Form.Item name="email" label={t('submit.email')} rules={[contractRule(ApplicantEmailSchema, lang, t('submit.emailInvalid'))]}>
        <Input size="large" autoComplete="email" inputMode="email" />
      </Form.Item>
      <Form.Item name="address" label={t('submit.address')} rules={[{ max: 500 }]}>
        <Input size="large" autoComplete="street-address" />
      </Form.Item>
      <Form.Item name="subject" label={t('submit.subject')} style={{ marginBottom: 0 }}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </StepCard>
  );
}

/** Step 3: one file per document of the procedure, and which required ones are still missing. */
export function FilesStep({ s }: { s: SubmissionState }) {
  const { t } = useTranslation('lookup');
  return (
    <StepCard title={t('submit.step3')}>
      {!s.procedure ? (
        <Typography.Text type="secondary">{t('submit.pickProcedureFirst')}</Typography.Text>
      ) : s.tooMany ? (
        <Alert type="warning" showIcon title={t('submit.tooManyDocuments', { count: s.required.length, max: MAX_DOSSIER_FILES })} />
      ) : (
        <>
          <DocumentUploads documents={s.procedure.documents} files={s.files} onChange={s.setFiles} />
          {s.missing.length ? (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              title={t('submit.missingFiles', { count: s.missing.length, names: s.missing.map((d) => d.name).join('; ') })}
              data-testid="missing-files"
            />
          ) : null}
        </>
      )}
    </StepCard>
  );
}

/** The pledge, the privacy note, the server's refusal (too many submissions said plainly) and the send button. */
export function SendStep({ s }: { s: SubmissionState }) {
  const { t } = useTranslation('lookup');
  const rateLimited = s.submit.error instanceof ApiError && s.submit.error.status === 429;
  const pledged: FormRule = {
    validator: (_r, v: boolean | undefined) => (v ? Promise.resolve() : Promise.reject(new Error(t('submit.pledgeRequired')))),
  };
  return (
    <>
      <Form.Item name="pledge" valuePropName="checked" rules={[pledged]}>
        <Checkbox>{t('submit.pledge')}</Checkbox>
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('submit.privacy')}
      </Typography.Paragraph>
      {s.submit.error ? (
        <div style={{ marginBottom: 16 }}>
          {rateLimited ? (
            <Alert type="error" showIcon role="alert" title={t('submit.rateLimited')} />
          ) : (
            <ErrorAlert error={s.submit.error} />
          )}
        </div>
      ) : null}
      <Button
        type="primary"
        size="large"
        htmlType="submit"
        block
        loading={s.submit.isPending}
        disabled={!s.procedure || s.tooMany || s.missing.length > 0}
        data-testid="submit-online"
      >
        {t('submit.send')}
      </Button>
    </>
  );
}
