import { useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, Radio, Result, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { needsHandlingCommune } from '@core/dossier';
import {
  ApplicantEmailSchema,
  ApplicantPhoneSchema,
  DossierNationalCodeSchema,
  IdNumberSchema,
  type DossierDetail,
  type IntakeProcedure,
} from '@contracts/dossiers';
import { paths } from '@web/config/paths';
import { AppLink } from '@web/components/app-link';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { contractRule } from '@web/lib/form-rules';
import { useCreateDossier, useIntakeProcedures, useIntakeUnits } from '../api/dossiers';
import { vnDateTime } from '../utils/format';
import { SolidTag } from '../components/tags';
import { IntakeCommuneSelect } from '../components/intake-commune-select';

type FormValues = {
  receivingUnitId?: string;
  procedureId?: string;
  handlingCommuneId?: string;
  channel: 'in_person' | 'postal';
  applicantType: 'citizen' | 'organisation';
  name: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
  subject?: string;
  nationalCode?: string;
  note?: string;
};

const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/** Counter intake: procedure, applicant, document checklist with a completeness indicator; shows the code and receipt link. */
export function IntakePage() {
  const { t, i18n } = useTranslation('dossiers');
  const [form] = Form.useForm<FormValues>();
  const [search, setSearch] = useState('');
  const [procedure, setProcedure] = useState<IntakeProcedure | null>(null);
  const [docs, setDocs] = useState<string[]>([]);
  const [created, setCreated] = useState<DossierDetail | null>(null);
  const units = useIntakeUnits();
  const procedures = useIntakeProcedures(search);
  const create = useCreateDossier();

  const receivingUnitId = Form.useWatch('receivingUnitId', form);
  // The clerk's default receiving unit comes first in the list (the server's default when none is picked).
  const receivingUnit = units.data?.items.find((u) => u.id === receivingUnitId) ?? units.data?.items[0];
  const askCommune = procedure !== null && receivingUnit !== undefined && needsHandlingCommune(procedure.level, receivingUnit.communeId);
  const communes = useMemo(
    () => (units.data?.communes ?? []).filter((c) => c.provinceId === receivingUnit?.provinceId),
    [units.data, receivingUnit],
  );

  const missing = useMemo(
    () => (procedure ? procedure.documents.filter((d) => d.isRequired && !docs.includes(d.id)) : []),
    [procedure, docs],
  );

  const pickProcedure = (id: string | undefined) => {
    const p = procedures.data?.items.find((x) => x.id === id) ?? null;
    setProcedure(p);
    setDocs([]);
  };

  const submit = (v: FormValues) => {
    if (!procedure) return;
    create.mutate(
      {
        procedureId: procedure.id,
        receivingUnitId: v.receivingUnitId,
        handlingCommuneId: askCommune ? v.handlingCommuneId : undefined,
        channel: v.channel,
        applicant: {
          type: v.applicantType,
          name: v.name.trim(),
          idNumber: blank(v.idNumber),
          phone: blank(v.phone),
          email: blank(v.email),
          address: blank(v.address),
        },
        subject: blank(v.subject),
        nationalCode: blank(v.nationalCode),
        note: blank(v.note),
        documentIds: docs,
      },
      { onSuccess: (d) => setCreated(d) },
    );
  };

  if (created) {
    return (
      <Result
        status="success"
        title={t('intake.done', { code: created.code })}
        subTitle={t('intake.doneDue', { due: vnDateTime(created.dueAt) })}
        extra={[
          <Button key="receipt" type="primary" href={`/api/dossiers/${created.id}/forms/01.pdf`} target="_blank" rel="noopener">
            {t('intake.receipt')}
          </Button>,
          <AppLink key="detail" to={paths.dossier(created.id)}>
            {t('intake.openDetail')}
          </AppLink>,
          <Button
            key="again"
            onClick={() => {
              setCreated(null);
              setProcedure(null);
              setDocs([]);
              form.resetFields();
            }}
          >
            {t('intake.again')}
          </Button>,
        ]}
        data-testid="intake-done"
      />
    );
  }

  const unitOptions = (units.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
  return (
    <>
      <PageHeader
        title={t('intake.title')}
        subtitle={t('intake.subtitle')}
        extra={<AppLink to={paths.dossiers}>{t('detail.back')}</AppLink>}
      />
      <Form<FormValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ channel: 'in_person', applicantType: 'citizen' }}
        requiredMark
      >
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <Card title={t('intake.procedureCard')} size="small" style={{ marginBottom: 16 }}>
              {unitOptions.length > 1 ? (
                <Form.Item name="receivingUnitId" label={t('field.receivingUnit')}>
                  <Select options={unitOptions} placeholder={unitOptions[0]?.label} allowClear />
                </Form.Item>
              ) : null}
              <Form.Item name="procedureId" label={t('field.procedure')} rules={[{ required: true, message: t('rule.procedure') }]}>
                <Select
                  showSearch={{ filterOption: false, onSearch: setSearch }}
                  placeholder={t('field.procedureSearch')}
                  onChange={(v: string | undefined) => pickProcedure(v)}
                  loading={procedures.isFetching}
                  options={(procedures.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} — ${p.nationalCode}` }))}
                  notFoundContent={t('intake.noProcedure')}
                  data-testid="procedure-select"
                />
              </Form.Item>
              {askCommune ? (
                <Form.Item
                  name="handlingCommuneId"
                  label={t('field.handlingCommune')}
                  extra={t('intake.handlingCommuneHelp')}
                  rules={[{ required: true, message: t('rule.handlingCommune') }]}
                >
                  <IntakeCommuneSelect communes={communes} />
                </Form.Item>
              ) : null}
              {procedure ? (
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {t('intake.duration', { value: procedure.durationValue, unit: t(`unit.${procedure.durationUnit}`) })}
                  {procedure.feeText ? ` · ${t('intake.fee')}: ${procedure.feeText}` : ''}
                </Typography.Paragraph>
              ) : null}
              <Form.Item name="channel" label={t('field.channel')}>
                <Radio.Group
                  options={[
                    { value: 'in_person', label: t('channel.in_person') },
                    { value: 'postal', label: t('channel.postal') },
                  ]}
                />
              </Form.Item>
            </Card>
            <Card title={t('intake.documents')} size="small" style={{ marginBottom: 16 }} data-testid="documents-card">
              {!procedure ? (
                <Typography.Text type="secondary">{t('intake.pickFirst')}</Typography.Text>
              ) : procedure.documents.length === 0 ? (
                <Typography.Text type="secondary">{t('intake.noDocuments')}</Typography.Text>
              ) : (
                <Flex vertical gap={8}>
                  <Checkbox.Group
                    value={docs}
                    onChange={(v) => setDocs(v as string[])}
                    style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                  >
                    {procedure.documents.map((d) => (
                      <Checkbox key={d.id} value={d.id}>
                        {d.name}{' '}
                        <Typography.Text type="secondary">
                          ({t(`form.${d.form}`, { defaultValue: d.form })}, {t('intake.quantity', { count: d.quantity })})
                        </Typography.Text>{' '}
                        {d.isRequired ? (
                          <SolidTag color="red">{t('intake.required')}</SolidTag>
                        ) : (
                          <SolidTag color="grey">{t('intake.optional')}</SolidTag>
                        )}
                      </Checkbox>
                    ))}
                  </Checkbox.Group>
                  {missing.length ? (
                    <Alert
                      type="warning"
                      showIcon
                      title={t('intake.missing', { count: missing.length })}
                      description={missing.map((d) => d.name).join('; ')}
                      data-testid="completeness"
                    />
                  ) : (
                    <Alert type="success" showIcon title={t('intake.complete')} data-testid="completeness" />
                  )}
                </Flex>
              )}
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={t('intake.applicant')} size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="applicantType" label={t('field.applicantType')}>
                <Radio.Group
                  options={[
                    { value: 'citizen', label: t('applicantType.citizen') },
                    { value: 'organisation', label: t('applicantType.organisation') },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name="name"
                label={t('field.name')}
                rules={[{ required: true, whitespace: true, message: t('rule.name') }, { max: 200 }]}
              >
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item
                name="idNumber"
                label={t('field.idNumber')}
                rules={[contractRule(IdNumberSchema, i18n.language, t('rule.idNumber'))]}
              >
                <Input autoComplete="off" />
              </Form.Item>
              <Row gutter={8}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="phone"
                    label={t('field.phone')}
                    rules={[contractRule(ApplicantPhoneSchema, i18n.language, t('rule.phone'))]}
                  >
                    <Input autoComplete="off" inputMode="tel" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="email"
                    label={t('field.email')}
                    rules={[contractRule(ApplicantEmailSchema, i18n.language, t('rule.email'))]}
                  >
                    <Input autoComplete="off" inputMode="email" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="address" label={t('field.address')}>
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="subject" label={t('field.subject')}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
              <Form.Item
                name="nationalCode"
                label={t('field.nationalCode')}
                rules={[contractRule(DossierNationalCodeSchema, i18n.language, t('rule.nationalCode'))]}
              >
                <Input autoComplete="off" />
              </Form.Item>
              <Form.Item name="note" label={t('field.note')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </Card>
          </Col>
        </Row>
        <ErrorAlert error={create.error} />
        <Flex gap={8} style={{ marginTop: 16 }}>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending}
            disabled={!procedure || missing.length > 0}
            data-testid="intake-submit"
          >
            {t('intake.submit')}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
