import { useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Typography, Upload } from 'antd';
import { ErrorAlert } from '@web/components/error-alert';
import { readFileBase64 } from '@web/lib/files';

/** An Excel file read for upload. */
export type ImportFile = { fileName: string; contentBase64: string };

/** The chosen file; `choose` reads it, refuses it when over `maxBase64`, else hands it to `onChosen` (the dry-run check). */
export function useImportFile(opts: { maxBase64: number; onTooLarge: () => void; onChosen: (file: ImportFile) => void }) {
  const [file, setFile] = useState<ImportFile | null>(null);
  const choose = async (f: File) => {
    const contentBase64 = await readFileBase64(f);
    if (contentBase64.length > opts.maxBase64) {
      opts.onTooLarge();
      return;
    }
    const data = { fileName: f.name, contentBase64 };
    setFile(data);
    opts.onChosen(data);
  };
  return { file, choose, clear: () => setFile(null) };
}

/** Template download, the file button and the chosen file's name. */
export function ImportFilePicker(props: {
  templateHref: string;
  templateFileName: string;
  templateLabel: string;
  chooseLabel: string;
  file: ImportFile | null;
  onChoose: (f: File) => Promise<void>;
}) {
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Button href={props.templateHref} download={props.templateFileName}>
        {props.templateLabel}
      </Button>
      <Upload
        accept=".xlsx"
        showUploadList={false}
        maxCount={1}
        beforeUpload={(f) => {
          void props.onChoose(f);
          return false;
        }}
      >
        <Button type="primary">{props.chooseLabel}</Button>
      </Upload>
      {props.file ? <Typography.Text style={{ alignSelf: 'center' }}>{props.file.fileName}</Typography.Text> : null}
    </Flex>
  );
}

/** The dry-run outcome, announced politely: checking, the request error, every bad row, or how many rows are good. */
export function ImportCheckResult(props: {
  checking: boolean;
  checkingLabel: string;
  error: unknown;
  preview: { errors: Array<{ key: string; message: string }>; okTitle: string; badTitle: string } | null;
  children?: ReactNode;
}) {
  const p = props.preview;
  return (
    <div aria-live="polite">
      {props.checking ? <Typography.Paragraph>{props.checkingLabel}</Typography.Paragraph> : null}
      <ErrorAlert error={props.error} />
      {p ? (
        p.errors.length ? (
          <Alert
            type="error"
            showIcon
            title={p.badTitle}
            description={
              <ul style={{ margin: 0, paddingLeft: 18, maxHeight: 240, overflowY: 'auto' }} data-testid="import-errors">
                {p.errors.map((e) => (
                  <li key={e.key}>{e.message}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <Alert type="success" showIcon title={p.okTitle} />
        )
      ) : null}
      {props.children}
    </div>
  );
}
