import { Button, Card, DatePicker, Form, Input, Popconfirm, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BASE64, type ImportCalendarResponse } from '@contracts/calendar';
import { ImportCheckResult, ImportFilePicker, useImportFile } from '@web/components/excel-import';
import { useImportSchedule } from '../api/import-schedule';
import { formatDate } from '../utils/format';
import { KindTag } from './kind-tag';
import { ScrollRegion } from './scroll-region';
import { useToast } from '@web/lib/use-toast';

type Notice = { ref?: string; issuedOn?: Dayjs; covers?: string };
type Row = ImportCalendarResponse['rows'][number];

/** Excel import of a year's province-wide schedule: template, check (every bad row by number), then import. */
export function ImportPanel({ year }: { year: number }) {
  const { t } = useTranslation('calendar');
  const message = useToast();
  const check = useImportSchedule();
  const save = useImportSchedule();
  const { file, choose, clear } = useImportFile({
    maxBase64: MAX_IMPORT_BASE64,
    onTooLarge: () => void message.error(t('import.tooLarge')),
    onChosen: (data) => {
      save.reset();
      check.mutate({ year, ...data, dryRun: true });
    },
  });
  const [form] = Form.useForm<Notice>();
  const preview = check.data && file ? check.data : null;

  const submit = () => {
    if (!file || !preview) return;
    const n = form.getFieldsValue();
    const notice =
      n.ref?.trim() && n.covers?.trim()
        ? { ref: n.ref.trim(), covers: n.covers.trim(), issuedOn: n.issuedOn ? n.issuedOn.format('YYYY-MM-DD') : null }
        : null;
    save.mutate(
      { year, ...file, notice },
      {
        onSuccess: (r) => {
          void message.success(t('import.done', { imported: r.imported, replaced: r.replaced }));
          clear();
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
      <ImportFilePicker
        templateHref={`/api/calendar/template.xlsx?year=${year}`}
        templateFileName={`lich-nghi-${year}.xlsx`}
        templateLabel={t('import.template', { year })}
        chooseLabel={t('import.choose')}
        file={file}
        onChoose={choose}
      />
      <ImportCheckResult
        checking={check.isPending}
        checkingLabel={t('import.checking')}
        error={check.error ?? save.error}
        preview={
          preview
            ? {
                errors: preview.errors.map((e) => ({ key: `${e.row}-${e.message}`, message: e.message })),
                okTitle: t('import.rowsOk', { count: preview.rows.length }),
                badTitle: t('import.rowsBad', { count: preview.errors.length }),
              }
            : null
        }
      />
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
