import type { ReactNode } from 'react';
import { ConfigProvider, theme } from 'antd';
import { Link, type LinkProps } from 'react-router-dom';

// antd's default link blue (#1677ff) and error red (#ff4d4f) fall short of WCAG AA contrast on white and grey.
const ACCESSIBLE = { token: { colorLink: '#a8071a', colorLinkHover: '#cf1322', colorLinkActive: '#820014', colorError: '#cf1322' } };

/** Wraps a page so links, danger buttons and error texts keep AA contrast. */
export function PageTheme({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={ACCESSIBLE}>{children}</ConfigProvider>;
}

/** A router link in the page's (accessible) link colour. */
export function AppLink({ style, ...props }: LinkProps) {
  const { token } = theme.useToken();
  return <Link {...props} style={{ color: token.colorLink, ...style }} />;
}
