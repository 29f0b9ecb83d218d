import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierDetail } from '@contracts/dossiers';
import { availableForms, formPdfUrl } from '../utils/forms';

/** "Mẫu in": the official forms 01–06 this dossier's history gives rise to, each a PDF link opened in a new tab. */
export function PrintForms({ dossier }: { dossier: Pick<DossierDetail, 'id' | 'events' | 'receivedAt' | 'ruleSet'> }) {
  const { t } = useTranslation('dossiers');
  const forms = availableForms(dossier);
  if (!forms.length) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        'aria-label': t('forms.menu'),
        // The menu handles Enter itself and does not follow the link inside the item; a click does (so it is not opened twice).
        onClick: ({ key, domEvent }) => {
          if (domEvent.type === 'keydown') window.open(formPdfUrl(dossier.id, key as (typeof forms)[number]), '_blank', 'noopener');
        },
        items: forms.map((f) => ({
          key: f,
          label: (
            <a href={formPdfUrl(dossier.id, f)} target="_blank" rel="noopener" data-testid={`form-${f}`}>
              {/* Titles and numbers of the rule set of the reception date (docs/DOMAIN.md §10.3). */}
              {t(`rules.forms.${dossier.ruleSet.id}.f${f}`)}
            </a>
          ),
        })),
      }}
    >
      <Button data-testid="print-forms">
        {t('forms.button')} <span aria-hidden="true">▾</span>
      </Button>
    </Dropdown>
  );
}
