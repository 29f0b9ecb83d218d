import { Button, Flex, Grid, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_PROCEDURE_IMPORT_BASE64, type ImportedProcedure } from '@contracts/procedures';
import { ImportCheckResult, ImportFilePicker, useImportFile } from '@web/components/excel-import';
import { useImportProcedures } from '../api/mutations';
import { formatDuration } from '../utils/format';
import { useToast } from '@web/lib/use-toast';

/** Excel import: template download, a dry-run check listing every bad row (sheet and row), then the all-or-nothing import. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('procedures');
  const message = useToast();
  const screens = Grid.useBreakpoint();
  const check = useImportProcedures();
  const save = useImportProcedures();
  const { file, choose } = useImportFile({
    maxBase64: MAX_PROCEDURE_IMPORT_BASE64,
    onTooLarge: () => void message.error(t('excel.tooLarge')),
    onChosen: (data) => {
      save.reset();
      check.mutate({ ...data, dryRun: true });
    },
  });
  const preview = check.data && file ? check.data : null;

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
    {
      key: 'duration',
      title: t('col.duration'),
      width: 150,
      render: (_: unknown, r: ImportedProcedure) => formatDuration(r.durationValue, r.durationUnit, i18n.language, r.cutoff),
    },
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
      <ImportFilePicker
        templateHref="/api/procedures/template.xlsx"
        templateFileName="mau-danh-muc-tthc.xlsx"
        templateLabel={t('excel.template')}
        chooseLabel={t('excel.choose')}
        file={file}
        onChoose={choose}
      />
      <ImportCheckResult
        checking={check.isPending}
        checkingLabel={t('excel.checking')}
        error={check.error ?? save.error}
        preview={
          preview
            ? {
                errors: preview.errors.map((e) => ({ key: `${e.sheet}-${e.row}-${e.message}`, message: e.message })),
                okTitle: t('excel.rowsOk', { count: preview.procedures.length }),
                badTitle: t('excel.rowsBad', { count: preview.errors.length }),
              }
            : null
        }
      />
      {preview && preview.procedures.length ? (
        <div role="region" aria-label={t('excel.previewLabel')} tabIndex={0} style={{ marginTop: 12, overflowX: 'auto' }}>
          <Table<ImportedProcedure>
            rowKey="row"
            size="small"
            columns={columns}
            dataSource={preview.procedures}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            style={{ minWidth: 720 }}
          />
        </div>
      ) : null}
    </Modal>
  );
}
