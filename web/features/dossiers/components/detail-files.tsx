import { useState } from 'react';
import { Button, Card, Flex, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TERMINAL_STATUSES } from '@core/dossier';
import type { DossierDetail, DossierFileView } from '@contracts/dossiers';
import { ErrorAlert } from '@web/components/error-alert';
import { ACCEPTED_FILES, fileProblem, fileSizeText, mediaTypeOf, readFileBase64 } from '@web/lib/files';
import { uploadScan } from '../api/dossiers';
import { dossiersKeys } from '../api/keys';
import { fileGroups, type FileGroup } from '../utils/file-groups';
import { vnDateTime } from '../utils/format';
import { SolidTag } from './tags';

/** Attaches a scan to one document from the dossier page (the receiving unit's clerk); a refusal is shown, not lost. */
function AttachScan({ d, doc }: { d: DossierDetail; doc: { id: string; name: string } }) {
  const { t } = useTranslation('dossiers');
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const send = async (file: File) => {
    const problem = fileProblem(file);
    if (problem) return setError(new Error(t(`scans.problem.${problem}`, { name: file.name })));
    setBusy(true);
    setError(null);
    try {
      const content = await readFileBase64(file);
      const mimeType = mediaTypeOf(file) ?? 'application/pdf';
      qc.setQueryData(
        dossiersKeys.detail(d.id),
        await uploadScan(d.id, doc.id, { fileName: file.name, mimeType, content, size: file.size }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ marginTop: 4 }}>
      <Upload
        accept={ACCEPTED_FILES}
        showUploadList={false}
        beforeUpload={(file) => {
          void send(file);
          return false;
        }}
      >
        <Button size="small" loading={busy} icon={<UploadOutlined />} aria-label={t('scans.attachFor', { name: doc.name })}>
          {t('scans.attach')}
        </Button>
      </Upload>
      <ErrorAlert error={error} />
    </div>
  );
}

/** One stored file: its name opens it, what it is, its size and when it was added. */
function FileLine({ d, f }: { d: DossierDetail; f: DossierFileView }) {
  const { t } = useTranslation('dossiers');
  return (
    <li>
      <Flex gap={8} wrap align="center">
        <a href={`/api/dossiers/${d.id}/files/${f.id}`} download>
          {f.fileName}
        </a>
        <SolidTag color={f.kind === 'scan' ? 'cyan' : 'grey'}>{t(`scans.kind.${f.kind}`)}</SolidTag>
        <Typography.Text type="secondary">
          {fileSizeText(f.sizeBytes)} · {vnDateTime(f.createdAt)}
        </Typography.Text>
      </Flex>
    </li>
  );
}

/** The title of a group: its document's name, or "result" / "other files". */
function groupTitle(g: FileGroup, t: (k: string) => string): string {
  return g.kind === 'document' ? g.name : t(`scans.${g.kind}`);
}

/** The files of the dossier grouped under their document of the checklist, each openable; the counter may add scans. */
export function DetailFiles({ d }: { d: DossierDetail }) {
  const { t } = useTranslation('dossiers');
  const groups = fileGroups(d);
  const mayScan = d.abilities.includes('dossier.create') && !TERMINAL_STATUSES.includes(d.status);
  return (
    <Card size="small" title={t('detail.files')} style={{ marginBottom: 16 }} data-testid="detail-files">
      <Typography.Paragraph type="secondary">
        {d.receivedAt ? t('scans.documentsReceived') : t('scans.documentsSubmitted')}
      </Typography.Paragraph>
      {groups.length === 0 ? <Typography.Text type="secondary">{t('detail.noFiles')}</Typography.Text> : null}
      <Flex vertical gap={12}>
        {groups.map((g) => (
          <div key={g.key} data-testid={`file-group-${g.key}`}>
            <Typography.Text strong>{groupTitle(g, t)}</Typography.Text>
            {g.files.length ? (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {g.files.map((f) => (
                  <FileLine key={f.id} d={d} f={f} />
                ))}
              </ul>
            ) : (
              <div>
                <Typography.Text type="secondary">{t('scans.noFile')}</Typography.Text>
              </div>
            )}
            {mayScan && g.documentId ? <AttachScan d={d} doc={{ id: g.documentId, name: g.name }} /> : null}
          </div>
        ))}
      </Flex>
    </Card>
  );
}
