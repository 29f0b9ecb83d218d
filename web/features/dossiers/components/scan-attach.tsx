import { Button, Flex, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_FILES, fileSizeText } from '@web/lib/files';
import type { ScansState } from '../hooks/use-scans';

/** The scans picked for one document of the checklist, the button to add more, and why a file was refused. */
export function ScanAttach({ doc, scans }: { doc: { id: string; name: string }; scans: ScansState }) {
  const { t } = useTranslation('dossiers');
  const mine = scans.items.filter((s) => s.documentId === doc.id);
  const problem = scans.problems[doc.id];
  return (
    <div style={{ margin: '4px 0 0 24px' }} data-testid={`scans-${doc.id}`}>
      {mine.map((s) => (
        <Flex key={s.key} align="center" gap={8} wrap>
          <PaperClipOutlined aria-hidden />
          <Typography.Text style={{ maxWidth: 260 }} ellipsis={{ tooltip: s.file.fileName }}>
            {s.file.fileName}
          </Typography.Text>
          <Typography.Text type="secondary">({fileSizeText(s.file.size)})</Typography.Text>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('scans.remove', { name: s.file.fileName })}
            onClick={() => scans.remove(s.key)}
          />
        </Flex>
      ))}
      <Upload
        accept={ACCEPTED_FILES}
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          scans.add(doc.id, file);
          return false;
        }}
      >
        <Button size="small" icon={<UploadOutlined />} aria-label={t('scans.attachFor', { name: doc.name })}>
          {t('scans.attach')}
        </Button>
      </Upload>
      {problem ? (
        <Typography.Paragraph type="danger" role="alert" style={{ margin: '4px 0 0' }}>
          {problem}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
