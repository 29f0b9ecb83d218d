import { Button, Col, Flex, Form, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '@web/config/paths';
import { AppLink } from '@web/components/app-link';
import { ErrorAlert } from '@web/components/error-alert';
import { PageHeader } from '@web/components/page-header';
import { CounterActions } from '../components/counter-actions';
import { IntakeApplicantCard } from '../components/intake-applicant-card';
import { IntakeDocumentsCard } from '../components/intake-documents-card';
import { IntakeDone } from '../components/intake-done';
import { IntakeProcedureCard } from '../components/intake-procedure-card';
import { useIntake } from '../hooks/use-intake';
import { INTAKE_INITIAL, type IntakeValues } from '../utils/intake';

/** Counter intake: procedure, applicant, document checklist with a completeness indicator; shows the code and receipt link. */
export function IntakePage() {
  const { t } = useTranslation('dossiers');
  const [form] = Form.useForm<IntakeValues>();
  const intake = useIntake(form);
  if (intake.created) return <IntakeDone dossier={intake.created} scans={intake.scans} onAgain={intake.restart} />;

  return (
    <>
      <PageHeader
        title={t('intake.title')}
        subtitle={t('intake.subtitle')}
        extra={<AppLink to={paths.dossiers}>{t('detail.back')}</AppLink>}
      />
      <Form<IntakeValues> form={form} layout="vertical" onFinish={intake.submit} initialValues={INTAKE_INITIAL} requiredMark>
        <Row gutter={16}>
          <Col xs={24} lg={14}>
            <IntakeProcedureCard intake={intake} />
            <IntakeDocumentsCard
              procedure={intake.procedure}
              docs={intake.docs}
              onChange={intake.setDocs}
              missing={intake.missing}
              scans={intake.scans}
            />
          </Col>
          <Col xs={24} lg={10}>
            <IntakeApplicantCard />
          </Col>
        </Row>
        <ErrorAlert error={intake.create.error} />
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          <Button
            type="primary"
            htmlType="submit"
            loading={intake.create.isPending}
            disabled={!intake.procedure || intake.missing.length > 0}
            data-testid="intake-submit"
          >
            {t('intake.submit')}
          </Button>
          <CounterActions form={form} intake={intake} />
        </Flex>
      </Form>
    </>
  );
}
