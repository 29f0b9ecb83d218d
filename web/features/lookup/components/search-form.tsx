import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { normalizeLookupKey } from '@core/dossier';
import { LookupKeySchema } from '@contracts/lookup';
import { paths } from '@web/config/paths';
import { contractRule } from '@web/lib/form-rules';

/** Lookup-key input and search button; navigates to the dossier's public page `/tra-cuu/<key>`. */
export function SearchForm({ initial = '' }: { initial?: string }) {
  const { t, i18n } = useTranslation('lookup');
  const navigate = useNavigate();
  return (
    <Form
      layout="vertical"
      requiredMark={false}
      initialValues={{ key: initial }}
      onFinish={(v: { key: string }) => void navigate(paths.lookupDossier(encodeURIComponent(normalizeLookupKey(v.key) ?? v.key.trim())))}
    >
      <Form.Item label={t('codeLabel')} htmlFor="lookup-key" style={{ marginBottom: 12 }} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="key"
            noStyle
            rules={[
              { required: true, whitespace: true, message: t('codeRequired') },
              contractRule(LookupKeySchema, i18n.language, t('codeInvalid')),
            ]}
          >
            <Input
              id="lookup-key"
              size="large"
              placeholder={t('codePlaceholder')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              inputMode="text"
            />
          </Form.Item>
          <Button type="primary" size="large" htmlType="submit">
            {t('search')}
          </Button>
        </Space.Compact>
      </Form.Item>
    </Form>
  );
}
