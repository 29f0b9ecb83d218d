import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { UserEmailSchema, UserPhoneSchema, type UpdateUserRequest, type UserView } from '@contracts/users';
import { ErrorAlert } from '@web/components/error-alert';
import { useUpdateUser } from '../api/update-user';
import { applyServerIssues } from '../utils/form-errors';
import { UnitTreeSelect } from './unit-tree-select';
import { contractRule } from '@web/lib/form-rules';
import { useToast } from '@web/lib/use-toast';

type Values = { fullName: string; email?: string | null; phone?: string | null; title?: string | null; unitId: string };
const FIELDS = ['fullName', 'email', 'phone', 'title', 'unitId'] as const;
const optional = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Only the fields that changed: the server audits exactly what was sent. */
export function toUpdateRequest(user: UserView, v: Values): UpdateUserRequest {
  const out: UpdateUserRequest = {};
  if (v.fullName.trim() !== user.fullName) out.fullName = v.fullName.trim();
  if (optional(v.email) !== user.email) out.email = optional(v.email);
  if (optional(v.phone) !== user.phone) out.phone = optional(v.phone);
  if (optional(v.title) !== user.title) out.title = optional(v.title);
  if (v.unitId !== user.unitId) out.unitId = v.unitId;
  return out;
}

/** Edits the profile of an account (name, contact, title, unit). */
export function EditUserModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t, i18n } = useTranslation('users');
  const message = useToast();
  const [form] = Form.useForm<Values>();
  const update = useUpdateUser(user.id);

  const onFinish = (v: Values) => {
    const body = toUpdateRequest(user, v);
    if (Object.keys(body).length === 0) return onClose();
    update.mutate(body, {
      onSuccess: () => {
        void message.success(t('detail.saved'));
        onClose();
      },
      onError: (e) => applyServerIssues(form, e, FIELDS),
    });
  };

  return (
    <Modal
      open
      title={t('detail.editTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common:common.save')}
      cancelText={t('common:common.cancel')}
      confirmLoading={update.isPending}
      mask={{ closable: false }}
      width={600}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="edit-user"
        onFinish={onFinish}
        initialValues={{ fullName: user.fullName, email: user.email, phone: user.phone, title: user.title, unitId: user.unitId }}
      >
        <ErrorAlert error={update.error} />
        <Form.Item
          name="fullName"
          label={t('field.fullName')}
          rules={[{ required: true, whitespace: true, message: t('rule.required', { field: t('field.fullName').toLowerCase() }) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('field.unit')}
          rules={[{ required: true, message: t('rule.pick', { field: t('field.unit').toLowerCase() }) }]}
        >
          <UnitTreeSelect permission="user.update" placeholder={t('field.pickUnit')} />
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
      </Form>
    </Modal>
  );
}
