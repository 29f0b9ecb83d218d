import { Suspense, useMemo, useState } from 'react';
import { Layout, Menu, Dropdown, Button, Select, Flex, Typography, Drawer, Grid, Spin } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import type { Permission } from '@core/access/permissions';
import { useAuth } from '@web/lib/auth';
import { setLanguage, type Language } from '@web/lib/i18n';
import { paths } from '@web/config/paths';

type NavItem = { key: string; path: string; label: string; permission?: Permission; children?: NavItem[] };

function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    { key: 'home', path: paths.home, label: t('nav.home') },
    {
      key: 'oneStop',
      path: '',
      label: t('nav.dossiers'),
      children: [
        { key: 'dossiers', path: paths.dossiers, label: t('nav.inbox'), permission: 'dossier.read' },
        { key: 'intake', path: paths.dossierIntake, label: t('nav.intake'), permission: 'dossier.create' },
        { key: 'counterLog', path: paths.counterLog, label: t('nav.counterLog'), permission: 'dossier.read' },
        { key: 'procedures', path: paths.procedures, label: t('nav.procedures'), permission: 'dossier.read' },
        { key: 'dossierStats', path: paths.dossierStats, label: t('nav.dossierStats'), permission: 'report.read' },
      ],
    },
    { key: 'surveys', path: paths.surveys, label: t('nav.surveys'), permission: 'survey.read' },
    { key: 'parIndex', path: paths.parIndex, label: t('nav.parIndex'), permission: 'indexScore.read' },
    { key: 'plan', path: paths.plan, label: t('nav.plan'), permission: 'planTask.read' },
    { key: 'reports', path: paths.reports, label: t('nav.reports'), permission: 'report.read' },
    {
      key: 'admin',
      path: '',
      label: t('nav.admin'),
      children: [
        { key: 'units', path: paths.units, label: t('nav.units'), permission: 'unit.read' },
        { key: 'users', path: paths.users, label: t('nav.users'), permission: 'user.read' },
        { key: 'calendar', path: paths.calendar, label: t('nav.calendar'), permission: 'calendar.read' },
        { key: 'targets', path: paths.targets, label: t('nav.targets'), permission: 'target.manage' },
        { key: 'audit', path: paths.audit, label: t('nav.audit'), permission: 'audit.read' },
      ],
    },
  ];
}

/** The signed-in frame: navigation by permission, language switch, user menu; a drawer on phones. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { me, logout, hasPermission } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const isWide = screens.lg !== false;
  const nav = useNavItems();

  const items = useMemo<MenuProps['items']>(() => {
    const visible = (n: NavItem) => !n.permission || hasPermission(n.permission);
    const toItem = (n: NavItem): NonNullable<MenuProps['items']>[number] =>
      n.children
        ? { key: n.key, label: n.label, children: n.children.filter(visible).map(toItem) }
        : { key: n.path, label: <Link to={n.path}>{n.label}</Link> };
    return nav
      .filter(visible)
      .filter((n) => !n.children || n.children.some(visible))
      .map(toItem);
  }, [nav, hasPermission]);

  const selected = useMemo(() => {
    const all = nav
      .flatMap((n) => (n.children ? n.children : [n]))
      .map((n) => n.path)
      .filter(Boolean);
    const match = all
      .filter((p) => (p === '/' ? location.pathname === '/' : location.pathname.startsWith(p)))
      .sort((a, b) => b.length - a.length)[0];
    return match ? [match] : [];
  }, [nav, location.pathname]);

  const menu = (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      defaultOpenKeys={['oneStop', 'admin']}
      onClick={() => setDrawerOpen(false)}
      aria-label={t('nav.menu')}
    />
  );

  const userMenu: MenuProps = {
    items: [
      { key: 'unit', label: `${t('user.unit')}: ${me?.user.unitName ?? ''}`, disabled: true },
      { key: 'logout', label: t('user.logout') },
    ],
    onClick: ({ key }) => {
      if (key === 'logout') void logout().then(() => navigate(paths.login));
    },
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isWide ? (
        <Layout.Sider width={232} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <Flex vertical style={{ padding: '16px 16px 8px' }}>
            <Typography.Text strong style={{ fontSize: 18, color: '#a8071a' }}>
              {t('appName')}
            </Typography.Text>
            <Typography.Text type="secondary">{t('appTitle')}</Typography.Text>
          </Flex>
          <nav>{menu}</nav>
        </Layout.Sider>
      ) : (
        <Drawer open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" size={260} title={t('appName')}>
          <nav>{menu}</nav>
        </Drawer>
      )}
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', borderBottom: '1px solid #f0f0f0' }}>
          <Flex justify="space-between" align="center" style={{ height: '100%' }} gap={8}>
            <Flex align="center" gap={8}>
              {!isWide ? (
                <Button aria-label={t('nav.menu')} onClick={() => setDrawerOpen(true)}>
                  ☰
                </Button>
              ) : null}
              <Typography.Text strong ellipsis>
                {t('province')}
              </Typography.Text>
            </Flex>
            <Flex align="center" gap={8}>
              <Select
                size="small"
                aria-label={t('lang.switch')}
                value={i18n.language as Language}
                onChange={(v: Language) => setLanguage(v)}
                options={[
                  { value: 'vi', label: 'VI' },
                  { value: 'en', label: 'EN' },
                ]}
              />
              <Dropdown menu={userMenu} trigger={['click']}>
                <Button data-testid="user-menu">{me?.user.fullName}</Button>
              </Dropdown>
            </Flex>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: isWide ? 24 : 12 }}>
          {/* A page loading on demand keeps the frame on screen. */}
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
