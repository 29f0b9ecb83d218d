import { useState } from 'react';
import { Alert, Button, Card, List, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import type { PublicCompletionView } from '@contracts/counter-outcomes';
import { paths } from '@web/config/paths';
import { ErrorAlert } from '@web/components/error-alert';
import { useCompleteSubmission, useCompletionStatus } from '../api/submit';
import { DocumentUploads } from '../components/document-uploads';
import { PublicShell } from '../components/public-shell';
import type { PickedFile } from '../files';
import { formatMoment } from '../utils';

/** What was asked (form 02's lines) and the uploads that answer it. */
function CompletionForm({ code, token, view }: { code: string; token: string; view: PublicCompletionView }) {
  const { t, i18n } = useTranslation('lookup');
  const [files, setFiles] = useState<Record<string, PickedFile>>({});
  const send = useCompleteSubmission(code);
  const track = paths.lookupDossier(encodeURIComponent(code));
  if (send.data)
    return (
      <Result
        status="success"
        title={t('completion.sent', { code })}
        subTitle={t('completion.sentHint')}
        extra={<a href={track}>{t('completion.track')}</a>}
        data-testid="completion-sent"
      />
    );
  if (!view.requestedAt)
    return <Alert type="info" showIcon title={t('completion.nothingAsked')} action={<a href={track}>{t('completion.track')}</a>} />;
  const documents = view.documents.map((d, i) => ({
    id: d.id,
    position: i + 1,
    name: d.name,
    form: d.form as 'original',
    quantity: d.quantity,
    isRequired: d.required,
  }));
  const picked = Object.entries(files);
  return (
    <>
      <Alert
        type="warning"
        showIcon
        title={t('completion.asked', { at: formatMoment(view.requestedAt, i18n.language) })}
        description={t('completion.askedHelp')}
      />
      <List
        size="small"
        style={{ margin: '12px 0' }}
        dataSource={view.items}
        renderItem={(item) => <List.Item>{item}</List.Item>}
        data-testid="completion-items"
      />
      <DocumentUploads documents={documents} files={files} onChange={setFiles} />
      <ErrorAlert error={send.error} />
      <Button
        type="primary"
        style={{ marginTop: 16 }}
        disabled={picked.length === 0}
        loading={send.isPending}
        onClick={() =>
          send.mutate({
            token,
            files: picked.map(([id, f]) => ({ procedureDocumentId: id, fileName: f.fileName, mimeType: f.mimeType, content: f.content })),
          })
        }
        data-testid="completion-send"
      >
        {t('completion.send')}
      </Button>
    </>
  );
}

/** Public page '/nop-truc-tuyen/bo-sung/:code#<secret>': the applicant completes a submission sent back with form 02. */
export function OnlineCompletionPage() {
  const { t } = useTranslation('lookup');
  const code = (useParams().code ?? '').trim();
  const token = useLocation().hash.replace(/^#/, '');
  const q = useCompletionStatus(code, token);
  return (
    <PublicShell>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 20, overflowWrap: 'anywhere' }}>
          {t('completion.title', { code })}
        </Typography.Title>
        {q.data ? (
          <>
            <Typography.Paragraph>
              {q.data.procedureName} — {q.data.receivingUnitName}
            </Typography.Paragraph>
            <CompletionForm code={code} token={token} view={q.data} />
          </>
        ) : q.isLoading ? (
          <Skeleton active />
        ) : (
          <Alert type="warning" showIcon role="alert" title={t('completion.invalid')} />
        )}
      </Card>
    </PublicShell>
  );
}
