import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { FormRule as Rule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '@contracts/units';

/** Values of the create and edit forms (dates as dayjs, empty text as ''). */
export type UnitFormValues = {
  parentId?: string;
  code: string;
  name: string;
  kind: UnitKind;
  shortName?: string;
  nameEn?: string;
  validFrom?: Dayjs | null;
  legalRef?: string;
  address?: string;
};

/** Form fields the server may flag, as `body.<field>` issue paths. */
export const UNIT_FORM_FIELDS = ['parentId', 'code', 'name', 'kind', 'shortName', 'nameEn', 'validFrom', 'legalRef', 'address'] as const;

/** Trimmed text, or `empty` when nothing is left. */
export function textOr<E extends null | undefined>(s: string | undefined, empty: E): string | E {
  const v = s?.trim();
  return v ? v : empty;
}

/** The fields shared by the create and edit forms; `kinds` are the kinds allowed under the chosen parent. */
export function UnitFields({
  kinds,
  autoFocus,
  mode,
  kindRules = [],
}: {
  kinds: readonly UnitKind[];
  autoFocus?: boolean;
  mode: 'create' | 'edit';
  kindRules?: Rule[];
}) {
  const { t } = useTranslation('units');
  const required = (field: string) => [{ required: true, whitespace: true, message: t('form.required', { field: field.toLowerCase() }) }];
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item label={t('form.code')} name="code" rules={required(t('form.code'))} extra={t('form.codeHelp')}>
            <Input autoFocus={autoFocus} maxLength={50} autoComplete="off" data-testid="unit-form-code" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item
            label={t('form.kind')}
            name="kind"
            rules={[{ required: true, message: t('form.required', { field: t('form.kind').toLowerCase() }) }, ...kindRules]}
          >
            <Select options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} data-testid="unit-form-kind" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('form.name')} name="name" rules={required(t('form.name'))}>
        <Input maxLength={300} autoComplete="off" data-testid="unit-form-name" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item label={t('form.shortName')} name="shortName">
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item label={t('form.nameEn')} name="nameEn">
            <Input maxLength={300} autoComplete="off" lang="en" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('form.legalRef')} name="legalRef">
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('form.legalRefPlaceholder')} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item
            label={t('form.validFrom')}
            name="validFrom"
            extra={mode === 'create' ? t('form.validFromHelp') : undefined}
            rules={mode === 'edit' ? [{ required: true, message: t('form.required', { field: t('form.validFrom').toLowerCase() }) }] : []}
          >
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%', maxWidth: 220 }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item label={t('form.address')} name="address">
            <Input maxLength={500} autoComplete="street-address" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
