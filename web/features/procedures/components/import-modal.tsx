import { useState } from 'react';
import { Alert, Button, Flex, Grid, Modal, Table, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_PROCEDURE_IMPORT_BASE64, type ImportedProcedure } from '@contracts/procedures';
import { ErrorAlert } from '@web/components/error-alert';
import { useImportProcedures } from '../api/mutations';
import { formatDuration } from '../utils/format';
import { useToast } from '../utils/use-toast';
import { readFileBase64 } from '@web/lib/files';

type FileData = { fileName: string; contentBase64: string };


/** Excel import: template download, a dry-run check listing every bad row (sheet and row), then the all-or-nothing import. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('procedures');
  const message = useToast();
  const screens = Grid.useBreakpoint();
  const check = useImportProcedures();
  const save = useImportProcedures();
  const [file, setFile] = useState<FileData | null>(null);
  const preview = check.data && file ? check.data : null;

  const choose = async (f: File) => {
    save.reset();
    const contentBase64 = await readFileBase64(f);
    if (contentBase64.length > MAX_PROCEDURE_IMPORT_BASE64) {
      void message.error(t('excel.tooLarge'));
      return;
    }
    const data = { fileName: f.name, contentBase64 };
    setFile(data);
    check.mutate({ ...data, dryRun: true });
  };

  const submit = () => {
    if (!file) return;
    save.mutate(file, {
      onSuccess: (r) => {
        void message.success(t('excel.done', { created: r.created, updated: r.updated }));
        onClose();
      },
    });
  };

  const columns = [
    { key: 'row', title: t('excel.row'), width: 64, render: (_: unknown, r: ImportedProcedure) => r.row },
    { key: 'code', title: t('col.code'), width: 100, render: (_: unknown, r: ImportedProcedure) => r.nationalCode },
    { key: 'name', title: t('col.name'), render: (_: unknown, r: ImportedProcedure) => r.name },
    { key: 'unit', title: t('col.unit'), width: 130, render: (_: unknown, r: ImportedProcedure) => r.handlingUnitCode },
    { key: 'duration', title: t('col.duration'), width: 150, render: (_: unknown, r: ImportedProcedure) => formatDuration(r.durationValue, r.durationUnit, i18n.language) },
    { key: 'action', title: t('excel.action'), width: 100, render: (_: unknown, r: ImportedProcedure) => t(`excel.${r.action}`) },
  ];
  const ready = preview && !preview.errors.length && preview.procedures.length > 0;

  return (
    <Modal
      open
      title={t('excel.title')}
      onCancel={onClose}
      width={screens.lg ? 960 : '100%'}
      footer={
        <Flex gap={8} justify="end" wrap>
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="primary" disabled={!ready} loading={save.isPending} onClick={submit} data-testid="import-submit">
            {t('excel.submit', { count: preview?.procedures.length ?? 0 })}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('excel.help')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Button href="/api/procedures/template.xlsx" download="mau-danh-muc-tthc.xlsx">
          {t('excel.template')}
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          maxCount={1}
          beforeUpload={(f) => {
            void choose(f);
            return false;
          }}
        >
          <Button type="primary">{t('excel.choose')}</Button>
        </Upload>
        {file ? <Typography.Text style={{ alignSelf: 'center' }}>{file.fileName}</Typography.Text> : null}
      </Flex>
      <div aria-live="polite">
        {check.isPending ? <Typography.Paragraph>{t('excel.checking')}</Typography.Paragraph> : null}
        <ErrorAlert error={check.error ?? save.error} />
        {preview ? (
          preview.errors.length ? (
            <Alert
              type="error"
              showIcon
              title={t('excel.rowsBad', { count: preview.errors.length })}
              description={
                <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 240, overflowY: 'auto' }} data-testid="import-errors">
                  {preview.errors.map((e) => (
                    <li key={`${e.sheet}-${e.row}-${e.message}`}>{e.message}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Alert type="success" showIcon title={t('excel.rowsOk', { count: preview.procedures.length })} />
          )
        ) : null}
      </div>
      {preview && preview.procedures.length ? (
        <div role="region" aria-label={t('excel.previewLabel')} tabIndex={0} style={{ marginTop: 12, overflowX: 'auto' }}>
          <Table<ImportedProcedure> rowKey="row" size="small" columns={columns} dataSource={preview.procedures} pagination={{ pageSize: 10, hideOnSinglePage: true }} style={{ minWidth: 720 }} />
        </div>
      ) : null}
    </Modal>
  );
}
