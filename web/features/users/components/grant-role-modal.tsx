import { Form, Modal, Typography, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '@core/access/roles';
import type { UserView } from '@contracts/users';
import { ErrorAlert } from '@web/components/error-alert';
import { useGrantRole } from '../api/grant-role';
import { useRoles } from '../api/list-roles';
import { applyServerIssues } from '../utils/form-errors';
import { RoleSelect } from './role-select';
import { UnitTreeSelect } from './unit-tree-select';
import { useToast } from '@web/lib/use-toast';

type Values = { role?: Role; unitId?: string };

/** "Grant a role": a role (only those the caller may grant on the chosen unit) and a unit, posted as `{ role, unitId }`. */
export function GrantRoleModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation('users');
  const message = useToast();
  const [form] = Form.useForm<Values>();
  const grant = useGrantRole(user.id);
  const unitId = Form.useWatch('unitId', form);
  const roles = useRoles(unitId, unitId !== undefined);

  const onValuesChange = (changed: Partial<Values>) => {
    if (!('unitId' in changed)) return;
    // A role chosen for the previous unit may not be grantable on the new one.
    const role = form.getFieldValue('role') as Role | undefined;
    const info = roles.data?.roles.find((r) => r.role === role);
    if (role && info?.grantable === false) form.setFieldValue('role', undefined);
  };

  const onFinish = (v: Values) => {
    if (!v.role || !v.unitId) return;
    grant.mutate(
      { role: v.role, unitId: v.unitId },
      {
        onSuccess: () => {
          void message.success(t('grants.granted'));
          onClose();
        },
        onError: (e) => applyServerIssues(form, e, ['role', 'unitId']),
      },
    );
  };

  return (
    <Modal
      open
      title={t('grants.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common:common.save')}
      cancelText={t('common:common.cancel')}
      confirmLoading={grant.isPending}
      okButtonProps={{ 'data-testid': 'grant-submit' } as ButtonProps}
      mask={{ closable: false }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="grant-role"
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        initialValues={{ unitId: user.abilities.includes('user.manageRoles') ? user.unitId : undefined }}
      >
        <ErrorAlert error={grant.error} />
        <Form.Item
          name="role"
          label={t('field.role')}
          rules={[
            { required: true, message: t('rule.pick', { field: t('field.role').toLowerCase() }) },
            {
              validator: async (_, role: Role | undefined) => {
                const info = roles.data?.roles.find((r) => r.role === role);
                if (role && info?.grantable === false) throw new Error(t('grants.notGrantable'));
              },
            },
          ]}
        >
          <RoleSelect unitId={unitId} data-testid="grant-role" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('field.unit')}
          rules={[{ required: true, message: t('rule.pick', { field: t('field.unit').toLowerCase() }) }]}
        >
          <UnitTreeSelect permission="user.manageRoles" placeholder={t('field.pickUnit')} data-testid="grant-unit" />
        </Form.Item>
        <Typography.Text type="secondary">{t('grants.scopeHint')}</Typography.Text>
      </Form>
    </Modal>
  );
}
