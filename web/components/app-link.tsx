import { theme } from 'antd';
import { Link, type LinkProps } from 'react-router-dom';

/** A router link in the theme's link colour (AA contrast). */
export function AppLink({ style, ...props }: LinkProps) {
  const { token } = theme.useToken();
  return <Link {...props} style={{ color: token.colorLink, ...style }} />;
}
