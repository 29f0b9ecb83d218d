import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { DossierCodeSchema } from '@contracts/lookup';
import { paths } from '@web/config/paths';
import { contractRule } from '@web/lib/form-rules';

/** Code input and search button; navigates to the dossier's public page. */
export function SearchForm({ initial = '' }: { initial?: string }) {
  const { t, i18n } = useTranslation('lookup');
  const navigate = useNavigate();
  return (
    <Form
      layout="vertical"
      requiredMark={false}
      initialValues={{ code: initial }}
      onFinish={(v: { code: string }) => void navigate(paths.lookupDossier(encodeURIComponent(v.code.trim())))}
    >
      <Form.Item label={t('codeLabel')} htmlFor="code" style={{ marginBottom: 12 }} required>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item
            name="code"
            noStyle
            rules={[
              { required: true, whitespace: true, message: t('codeRequired') },
              contractRule(DossierCodeSchema, i18n.language, t('codeInvalid')),
            ]}
          >
            <Input
              id="code"
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
