import { useState } from 'react';
import { Button, Card, Form, Input, Typography, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { paths } from '@web/config/paths';
import { useAuth } from '@web/lib/auth';
import { ErrorAlert } from '@web/components/error-alert';
import { setLanguage, type Language } from '@web/lib/i18n';

/** Sign-in page. */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  const onFinish = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username, v.password);
      void navigate(from, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f5f5' }}>
      <main style={{ width: '100%', maxWidth: 400 }}>
        <Card>
          <Flex justify="flex-end">
            <Select
              size="small"
              aria-label={t('lang.switch')}
              value={i18n.language as Language}
              onChange={(v: Language) => setLanguage(v)}
              options={[
                { value: 'vi', label: t('lang.vi') },
                { value: 'en', label: t('lang.en') },
              ]}
            />
          </Flex>
          <Typography.Title level={1} style={{ marginTop: 8, marginBottom: 4, fontSize: 28 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
          <Form layout="vertical" onFinish={(v: { username: string; password: string }) => void onFinish(v)} requiredMark={false}>
            <Form.Item
              label={t('login.username')}
              name="username"
              rules={[{ required: true, message: t('login.required', { field: t('login.username').toLowerCase() }) }]}
            >
              <Input id="username" autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label={t('login.password')}
              name="password"
              rules={[{ required: true, message: t('login.required', { field: t('login.password').toLowerCase() }) }]}
            >
              <Input.Password id="password" autoComplete="current-password" />
            </Form.Item>
            {error ? (
              <div style={{ marginBottom: 16 }}>
                <ErrorAlert error={error} />
              </div>
            ) : null}
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('login.submit')}
            </Button>
          </Form>
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Link to={paths.lookup}>{t('lookup:loginLink')}</Link>
          </Flex>
        </Card>
      </main>
    </Flex>
  );
}
