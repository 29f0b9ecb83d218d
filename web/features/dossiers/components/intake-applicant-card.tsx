import { Card, Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApplicantEmailSchema, ApplicantPhoneSchema, DossierNationalCodeSchema, IdNumberSchema } from '@contracts/dossiers';
import { contractRule } from '@web/lib/form-rules';

/** The applicant (citizen or organisation) and their contact, the subject, the national portal's code and a note. */
export function IntakeApplicantCard() {
  const { t, i18n } = useTranslation('dossiers');
  const lang = i18n.language;
  return (
    <Card title={t('intake.applicant')} size="small" style={{ marginBottom: 16 }}>
      <Form.Item name="applicantType" label={t('field.applicantType')}>
        <Radio.Group
          options={[
            { value: 'citizen', label: t('applicantType.citizen') },
            { value: 'organisation', label: t('applicantType.organisation') },
          ]}
        />
      </Form.Item>
      <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: t('rule.name') }, { max: 200 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="idNumber" label={t('field.idNumber')} rules={[contractRule(IdNumberSchema, lang, t('rule.idNumber'))]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Row gutter={8}>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label={t('field.phone')} rules={[contractRule(ApplicantPhoneSchema, lang, t('rule.phone'))]}>
            <Input autoComplete="off" inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label={t('field.email')} rules={[contractRule(ApplicantEmailSchema, lang, t('rule.email'))]}>
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
        rules={[contractRule(DossierNationalCodeSchema, lang, t('rule.nationalCode'))]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="note" label={t('field.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </Card>
  );
}
