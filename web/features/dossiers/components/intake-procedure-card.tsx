import { Card, Form, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntakeProcedure } from '@contracts/dossier-catalogue';
import type { IntakeState } from '../hooks/use-intake';
import { IntakeCommuneSelect } from './intake-commune-select';

/** The chosen procedure's legal time and fee. */
function ProcedureFacts({ procedure }: { procedure: IntakeProcedure }) {
  const { t } = useTranslation('dossiers');
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
      {procedure.durationUnit === 'same_day'
        ? t('intake.durationSameDay', { cutoff: procedure.cutoff ?? '' })
        : t('intake.duration', { value: procedure.durationValue, unit: t(`unit.${procedure.durationUnit}`) })}
      {procedure.feeText ? ` · ${t('intake.fee')}: ${procedure.feeText}` : ''}
    </Typography.Paragraph>
  );
}

/** What is received and how: the receiving unit (when the clerk has several), the procedure, the handling commune, the channel. */
export function IntakeProcedureCard({ intake }: { intake: IntakeState }) {
  const { t } = useTranslation('dossiers');
  const unitOptions = intake.units.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` }));
  return (
    <Card title={t('intake.procedureCard')} size="small" style={{ marginBottom: 16 }}>
      {unitOptions.length > 1 ? (
        <Form.Item name="receivingUnitId" label={t('field.receivingUnit')}>
          <Select options={unitOptions} placeholder={unitOptions[0]?.label} allowClear />
        </Form.Item>
      ) : null}
      <Form.Item name="procedureId" label={t('field.procedure')} rules={[{ required: true, message: t('rule.procedure') }]}>
        <Select
          showSearch={{ filterOption: false, onSearch: intake.procedures.search }}
          placeholder={t('field.procedureSearch')}
          onChange={(v: string | undefined) => intake.pickProcedure(v)}
          loading={intake.procedures.loading}
          options={intake.procedures.items.map((p) => ({ value: p.id, label: `${p.name} — ${p.nationalCode}` }))}
          notFoundContent={t('intake.noProcedure')}
          data-testid="procedure-select"
        />
      </Form.Item>
      {intake.askCommune ? (
        <Form.Item
          name="handlingCommuneId"
          label={t('field.handlingCommune')}
          extra={t('intake.handlingCommuneHelp')}
          rules={[{ required: true, message: t('rule.handlingCommune') }]}
        >
          <IntakeCommuneSelect communes={intake.communes} />
        </Form.Item>
      ) : null}
      {intake.procedure ? <ProcedureFacts procedure={intake.procedure} /> : null}
      <Form.Item name="channel" label={t('field.channel')}>
        <Radio.Group
          options={[
            { value: 'in_person', label: t('channel.in_person') },
            { value: 'postal', label: t('channel.postal') },
          ]}
        />
      </Form.Item>
    </Card>
  );
}
