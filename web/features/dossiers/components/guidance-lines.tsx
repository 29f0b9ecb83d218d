import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Form 02's two lists inside a form: missing documents (pre-filled from the checklist) and documents not as required. */
export function GuidanceLines() {
  const { t } = useTranslation('dossiers');
  return (
    <>
      <Typography.Text strong>{t('counter.missing')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('counter.missingHelp')}</Typography.Paragraph>
      <Form.List name="missing">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={8} align="baseline">
                <Form.Item name={[f.name, 'documentId']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[f.name, 'name']} style={{ flex: 1 }} rules={[{ whitespace: true, message: t('counter.lineRequired') }]}>
                  <Input aria-label={`${t('counter.missing')} ${i + 1}`} maxLength={500} />
                </Form.Item>
                <Button onClick={() => remove(f.name)} aria-label={`${t('counter.remove')} ${i + 1}`}>
                  −
                </Button>
              </Flex>
            ))}
            <Button type="dashed" onClick={() => add({ name: '' })} style={{ marginBottom: 16 }} data-testid="add-missing">
              {t('counter.addMissing')}
            </Button>
          </>
        )}
      </Form.List>
      <div>
        <Typography.Text strong>{t('counter.wrong')}</Typography.Text>
      </div>
      <Form.List name="wrong">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Flex key={f.key} gap={8} align="baseline" wrap>
                <Form.Item name={[f.name, 'name']} style={{ flex: 1, minWidth: 160 }}>
                  <Input aria-label={`${t('counter.wrongName')} ${i + 1}`} placeholder={t('counter.wrongName')} maxLength={500} />
                </Form.Item>
                <Form.Item name={[f.name, 'note']} style={{ flex: 1, minWidth: 160 }}>
                  <Input aria-label={`${t('counter.wrongNote')} ${i + 1}`} placeholder={t('counter.wrongNote')} maxLength={500} />
                </Form.Item>
                <Button onClick={() => remove(f.name)} aria-label={`${t('counter.remove')} ${t('counter.wrong')} ${i + 1}`}>
                  −
                </Button>
              </Flex>
            ))}
            <Button type="dashed" onClick={() => add({ name: '', note: '' })} data-testid="add-wrong">
              {t('counter.addWrong')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
