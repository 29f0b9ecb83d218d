import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/lib/auth';
import { paths } from '@web/config/paths';
import { UpcomingModule } from './routes/upcoming-module';
import { FEATURES } from './features';
import { lookupPublicRoutes } from '@web/features/lookup';

// The officers' frame, home and login load on demand: a citizen opening a public page downloads none of them.
const AppLayout = lazy(() => import('./layout').then((m) => ({ default: m.AppLayout })));
const HomePage = lazy(() => import('./routes/home').then((m) => ({ default: m.HomePage })));
const LoginPage = lazy(() => import('./routes/login').then((m) => ({ default: m.LoginPage })));

function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (!me) return <Navigate to={paths.login} replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title="404" subTitle={t('common.notFound')} />;
}

/** The route table: login outside the frame, every other page inside it. */
export function AppRoutes() {
  const { me } = useAuth();
  return (
    <Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}>
      <Routes>
        <Route path={paths.login} element={me ? <Navigate to={paths.home} replace /> : <LoginPage />} />
        {lookupPublicRoutes.map((r) => (
          <Route key={r.path} path={r.path} element={<r.component />} />
        ))}
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<HomePage />} />
          <Route path={paths.surveys} element={<UpcomingModule moduleKey="surveys" />} />
          <Route path={paths.parIndex} element={<UpcomingModule moduleKey="parIndex" />} />
          <Route path={paths.plan} element={<UpcomingModule moduleKey="plan" />} />
          <Route path={paths.reports} element={<UpcomingModule moduleKey="reports" />} />
          {FEATURES.flatMap((f) => f.routes).map((r) => (
            <Route key={r.path} path={r.path} element={<r.component />} />
          ))}
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
