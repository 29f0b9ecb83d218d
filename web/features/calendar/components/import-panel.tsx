import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Popconfirm, Table, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BASE64, type ImportCalendarResponse } from '@contracts/calendar';
import { ErrorAlert } from '@web/components/error-alert';
import { useImportSchedule } from '../api/import-schedule';
import { formatDate } from '../utils/format';
import { KindTag } from './kind-tag';
import { ScrollRegion } from './scroll-region';
import { useToast } from '../utils/use-toast';
import { readFileBase64 } from '@web/lib/files';

type FileData = { fileName: string; contentBase64: string };
type Notice = { ref?: string; issuedOn?: Dayjs; covers?: string };
type Row = ImportCalendarResponse['rows'][number];


/** Excel import of a year's province-wide schedule: template, check (every bad row by number), then import. */
export function ImportPanel({ year }: { year: number }) {
  const { t } = useTranslation('calendar');
  const message = useToast();
  const check = useImportSchedule();
  const save = useImportSchedule();
  const [file, setFile] = useState<FileData | null>(null);
  const [form] = Form.useForm<Notice>();
  const preview = check.data && file ? check.data : null;

  const choose = async (f: File) => {
    save.reset();
    const contentBase64 = await readFileBase64(f);
    if (contentBase64.length > MAX_IMPORT_BASE64) {
      void message.error(t('import.tooLarge'));
      return;
    }
    const data = { fileName: f.name, contentBase64 };
    setFile(data);
    check.mutate({ year, ...data, dryRun: true });
  };

  const submit = () => {
    if (!file || !preview) return;
    const n = form.getFieldsValue();
    const notice = n.ref?.trim() && n.covers?.trim() ? { ref: n.ref.trim(), covers: n.covers.trim(), issuedOn: n.issuedOn ? n.issuedOn.format('YYYY-MM-DD') : null } : null;
    save.mutate(
      { year, ...file, notice },
      {
        onSuccess: (r) => {
          void message.success(t('import.done', { imported: r.imported, replaced: r.replaced }));
          setFile(null);
          check.reset();
        },
      },
    );
  };

  const columns = [
    { key: 'row', title: t('import.row'), width: 70, render: (_: unknown, r: Row) => r.row },
    { key: 'date', title: t('col.date'), width: 110, render: (_: unknown, r: Row) => formatDate(r.date) },
    { key: 'kind', title: t('col.kind'), width: 150, render: (_: unknown, r: Row) => <KindTag kind={r.kind} /> },
    { key: 'name', title: t('col.name'), render: (_: unknown, r: Row) => r.name },
    { key: 'legalRef', title: t('col.legalRef'), render: (_: unknown, r: Row) => r.legalRef },
  ];

  return (
    <Card title={t('import.title', { year })}>
      <Typography.Paragraph type="secondary">{t('import.help')}</Typography.Paragraph>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Button href={`/api/calendar/template.xlsx?year=${year}`} download={`lich-nghi-${year}.xlsx`}>
          {t('import.template', { year })}
        </Button>
        <Upload accept=".xlsx" showUploadList={false} maxCount={1} beforeUpload={(f) => {
            void choose(f);
            return false;
          }}>
          <Button type="primary">{t('import.choose')}</Button>
        </Upload>
        {file ? <Typography.Text style={{ alignSelf: 'center' }}>{file.fileName}</Typography.Text> : null}
      </Flex>
      <div aria-live="polite">
        {check.isPending ? <Typography.Paragraph>{t('import.checking')}</Typography.Paragraph> : null}
        <ErrorAlert error={check.error ?? save.error} />
        {preview ? (
          preview.errors.length ? (
            <Alert
              type="error"
              showIcon
              title={t('import.rowsBad', { count: preview.errors.length })}
              description={
                <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="import-errors">
                  {preview.errors.map((e) => (
                    <li key={`${e.row}-${e.message}`}>{e.message}</li>
                  ))}
                </ul>
              }
            />
          ) : (
            <Alert type="success" showIcon title={t('import.rowsOk', { count: preview.rows.length })} />
          )
        ) : null}
      </div>
      {preview && preview.rows.length ? (
        <div style={{ marginTop: 12 }}>
          <ScrollRegion label={t('import.rowsOk', { count: preview.rows.length })} minWidth={900}>
            <Table<Row> rowKey="row" size="small" columns={columns} dataSource={preview.rows} pagination={false} />
          </ScrollRegion>
        </div>
      ) : null}
      {preview && !preview.errors.length && preview.rows.length ? (
        <Form<Notice> form={form} layout="vertical" style={{ marginTop: 16, maxWidth: 560 }}>
          <Form.Item name="ref" label={t('import.noticeRef')}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('import.noticeIssuedOn')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="covers" label={t('import.noticeCovers')}>
            <Input maxLength={500} />
          </Form.Item>
          <Popconfirm title={t('import.submitAsk', { year, count: preview.rows.length })} onConfirm={submit}>
            <Button type="primary" danger loading={save.isPending}>
              {t('import.submit', { year, count: preview.rows.length })}
            </Button>
          </Popconfirm>
        </Form>
      ) : null}
    </Card>
  );
}
