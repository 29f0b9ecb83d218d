import { useEffect } from 'react';
import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PublicShell } from '../components/public-shell';
import { SubmissionDone } from '../components/submission-done';
import { ApplicantStep, FilesStep, ProcedureStep, SendStep } from '../components/submission-steps';
import { useOnlineSubmission } from '../hooks/use-online-submission';
import type { SubmissionValues } from '../submission';

/** Public page '/nop-ho-so': a citizen submits a dossier online with one file per document, and gets its code. */
export function OnlineSubmissionPage() {
  const { t } = useTranslation('lookup');
  const [form] = Form.useForm<SubmissionValues>();
  const submission = useOnlineSubmission(form);
  useEffect(() => {
    document.title = `${t('submit.title')} — CCHC`;
  }, [t]);

  return (
    <PublicShell>
      {submission.done ? (
        <SubmissionDone r={submission.done} onAgain={submission.again} />
      ) : (
        <>
          <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
            {t('submit.title')}
          </Typography.Title>
          <Typography.Paragraph>{t('submit.intro')}</Typography.Paragraph>
          <Form<SubmissionValues> form={form} layout="vertical" onFinish={submission.send} requiredMark scrollToFirstError>
            <ProcedureStep s={submission} />
            <ApplicantStep />
            <FilesStep s={submission} />
            <SendStep s={submission} />
          </Form>
        </>
      )}
    </PublicShell>
  );
}
