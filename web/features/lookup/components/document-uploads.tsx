import { useState } from 'react';
import { Button, Flex, Tag, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { MAX_DOSSIER_FILES } from '@contracts/dossiers';
import { type PublicProcedure } from '@contracts/dossier-catalogue';
import { readFileBase64 } from '@web/lib/files';
import { fileProblem, mediaTypeOf, type PickedFile } from '../files';

type Doc = PublicProcedure['documents'][number];

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';
const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** One upload per procedure document: type and size checked here, the file read as base64 into `files[documentId]`. */
export function DocumentUploads({
  documents,
  files,
  onChange,
}: {
  documents: Doc[];
  files: Record<string, PickedFile>;
  onChange: (next: Record<string, PickedFile>) => void;
}) {
  const { t } = useTranslation('lookup');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const count = Object.keys(files).length;

  const setProblem = (id: string, text: string | null) =>
    setProblems((p) => {
      const { [id]: _old, ...rest } = p;
      return text ? { ...rest, [id]: text } : rest;
    });

  const pick = (doc: Doc, file: File) => {
    const problem = fileProblem(file);
    if (problem) {
      setProblem(doc.id, t(`submit.file${problem === 'type' ? 'Type' : problem === 'size' ? 'Size' : 'Empty'}`, { name: file.name }));
      return;
    }
    if (!files[doc.id] && count >= MAX_DOSSIER_FILES) {
      setProblem(doc.id, t('submit.fileLimit', { max: MAX_DOSSIER_FILES }));
      return;
    }
    readFileBase64(file).then(
      (content) => {
        setProblem(doc.id, null);
        onChange({
          ...files,
          [doc.id]: { fileName: file.name, mimeType: mediaTypeOf(file) ?? 'application/pdf', content, size: file.size },
        });
      },
      () => setProblem(doc.id, t('submit.fileRead', { name: file.name })),
    );
  };

  const remove = (id: string) => {
    const { [id]: _gone, ...rest } = files;
    onChange(rest);
    setProblem(id, null);
  };

  if (documents.length === 0) return <Typography.Text type="secondary">{t('submit.noDocuments')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('submit.filesHint', { max: MAX_DOSSIER_FILES })}</Typography.Text>
      {documents.map((d, i) => {
        const f = files[d.id];
        const problem = problems[d.id];
        return (
          <div key={d.id} style={{ borderTop: i ? '1px solid #f0f0f0' : undefined, paddingTop: i ? 12 : 0 }} data-testid={`doc-${d.id}`}>
            <div style={{ fontWeight: 500 }}>{d.name}</div>
            <Flex gap={6} wrap align="center" style={{ margin: '4px 0 8px' }}>
              <Tag color={d.isRequired ? 'red' : 'default'} style={{ marginInlineEnd: 0 }}>
                {d.isRequired ? t('submit.required') : t('submit.optional')}
              </Tag>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t(`submit.form.${d.form}`, { defaultValue: d.form })} × {d.quantity}
              </Typography.Text>
            </Flex>
            {f ? (
              <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
                <PaperClipOutlined aria-hidden />
                <Typography.Text style={{ maxWidth: 220 }} ellipsis={{ tooltip: f.fileName }}>
                  {f.fileName}
                </Typography.Text>
                <Typography.Text type="secondary">({sizeText(f.size)})</Typography.Text>
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('submit.remove', { name: f.fileName })}
                  onClick={() => remove(d.id)}
                />
              </Flex>
            ) : null}
            <Upload
              accept={ACCEPT}
              maxCount={1}
              showUploadList={false}
              beforeUpload={(file) => {
                pick(d, file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} aria-label={`${f ? t('submit.replace') : t('submit.choose')}: ${d.name}`}>
                {f ? t('submit.replace') : t('submit.choose')}
              </Button>
            </Upload>
            {problem ? (
              <Typography.Paragraph type="danger" role="alert" style={{ margin: '6px 0 0' }}>
                {problem}
              </Typography.Paragraph>
            ) : null}
          </div>
        );
      })}
    </Flex>
  );
}
