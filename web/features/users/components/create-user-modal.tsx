import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Role } from '@core/access/roles';
import { PASSWORD_MIN_LENGTH, UserEmailSchema, UserPhoneSchema, UsernameSchema, type CreateUserRequest } from '@contracts/users';
import { paths } from '@web/config/paths';
import { ErrorAlert } from '@web/components/error-alert';
import { useCreateUser } from '../api/create-user';
import { applyServerIssues } from '../utils/form-errors';
import { UnitTreeSelect } from './unit-tree-select';
import { RoleSelect } from './role-select';
import { contractRule } from '@web/lib/form-rules';
import { useToast } from '@web/lib/use-toast';

type Values = {
  username: string;
  fullName: string;
  email?: string;
  phone?: string;
  title?: string;
  unitId?: string;
  password: string;
  initialRole?: Role;
  initialRoleUnitId?: string;
};

const FIELDS = ['username', 'fullName', 'email', 'phone', 'title', 'unitId', 'password', 'initialRole', 'initialRoleUnitId'] as const;
const RENAME = { 'grants.0.role': 'initialRole', 'grants.0.unitId': 'initialRoleUnitId' };
const blankToUndefined = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

/** Builds the create request from the form; the optional first role goes on its unit (the account's unit by default). */
export function toCreateRequest(v: Values): CreateUserRequest {
  const unitId = v.unitId ?? '';
  return {
    username: v.username.trim(),
    fullName: v.fullName.trim(),
    ...(blankToUndefined(v.email) ? { email: blankToUndefined(v.email) } : {}),
    ...(blankToUndefined(v.phone) ? { phone: blankToUndefined(v.phone) } : {}),
    ...(blankToUndefined(v.title) ? { title: blankToUndefined(v.title) } : {}),
    unitId,
    password: v.password,
    ...(v.initialRole ? { grants: [{ role: v.initialRole, unitId: v.initialRoleUnitId ?? unitId }] } : {}),
  };
}

/** The "add user" dialog; on success it opens the new account's page. */
export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('users');
  const message = useToast();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const unitId = Form.useWatch('unitId', form);
  const roleUnitId = Form.useWatch('initialRoleUnitId', form);
  const initialRole = Form.useWatch('initialRole', form);

  const onFinish = (v: Values) => {
    create.mutate(toCreateRequest(v), {
      onSuccess: (user) => {
        void message.success(t('create.done', { username: user.username }));
        onClose();
        void navigate(paths.user(user.id));
      },
      onError: (e) => applyServerIssues(form, e, FIELDS, RENAME),
    });
  };

  return (
    <Modal
      open
      title={t('create.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common:common.save')}
      cancelText={t('common:common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'user-form-submit' } as ButtonProps}
      mask={{ closable: false }}
      width={640}
    >
      <Form<Values> form={form} layout="vertical" name="create-user" onFinish={onFinish} requiredMark>
        <ErrorAlert error={create.error} />
        <Form.Item
          name="username"
          label={t('field.username')}
          extra={t('field.usernameHelp')}
          rules={[
            { required: true, whitespace: true, message: t('rule.required', { field: t('field.username').toLowerCase() }) },
            contractRule(UsernameSchema, i18n.language, t('rule.username')),
          ]}
        >
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item
          name="fullName"
          label={t('field.fullName')}
          rules={[{ required: true, whitespace: true, message: t('rule.required', { field: t('field.fullName').toLowerCase() }) }]}
        >
          <Input autoComplete="off" data-testid="user-fullname" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('field.unit')}
          rules={[{ required: true, message: t('rule.pick', { field: t('field.unit').toLowerCase() }) }]}
        >
          <UnitTreeSelect permission="user.create" placeholder={t('field.pickUnit')} data-testid="user-unit" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('field.password')}
          extra={t('field.passwordHelp', { min: PASSWORD_MIN_LENGTH })}
          rules={[
            { required: true, message: t('rule.required', { field: t('field.password').toLowerCase() }) },
            { min: PASSWORD_MIN_LENGTH, message: t('rule.passwordMin', { min: PASSWORD_MIN_LENGTH }) },
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        <Form.Item name="email" label={t('field.email')} rules={[contractRule(UserEmailSchema, i18n.language, t('rule.email'))]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('field.phone')} rules={[contractRule(UserPhoneSchema, i18n.language, t('rule.phone'))]}>
          <Input type="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="title" label={t('field.title')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="initialRole" label={t('field.initialRole')}>
          <RoleSelect unitId={roleUnitId ?? unitId} allowClear placeholder={t('field.noRole')} />
        </Form.Item>
        {initialRole ? (
          <Form.Item name="initialRoleUnitId" label={t('field.initialRoleUnit')} extra={t('grants.scopeHint')}>
            <UnitTreeSelect permission="user.manageRoles" placeholder={t('field.pickUnit')} allowClear />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
