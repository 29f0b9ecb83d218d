import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@core/access/roles';
import { useRoles } from '../api/list-roles';

type Props = Omit<SelectProps<Role>, 'options'> & {
  /** The unit the role would be granted on; roles the caller may not grant there are disabled. */
  unitId?: string | undefined;
};

/** Picks a role to grant, labelled from `GET /api/roles?unitId=`. */
export function RoleSelect({ unitId, ...rest }: Props) {
  const { t, i18n } = useTranslation('users');
  const roles = useRoles(unitId);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const options = (roles.data?.roles ?? []).map((r) => {
    const blocked = unitId !== undefined && r.grantable === false;
    return {
      value: r.role,
      label: blocked ? `${r.label[lang]} (${t('grants.notGrantable')})` : r.label[lang],
      disabled: blocked,
      'data-testid': `role-option-${r.role}`,
    };
  });
  return <Select<Role> loading={roles.isLoading} options={options} placeholder={t('field.pickRole')} style={{ width: '100%' }} {...rest} />;
}
