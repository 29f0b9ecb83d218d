import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@web/lib/auth';
import { useActor, useActors } from '../api/actors';
import { useEntityTypes } from '../api/entity-types';
import { actionLabel, entityTypeLabel, knownActions } from '../utils/labels';
import type { AuditFilters } from '../utils/audit-list';

type Option = { value: string; label: string };

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

/** A value the address chose stays selectable even when the lists no longer offer it. */
function withChosen(values: string[], chosen: string | undefined): string[] {
  return chosen && !values.includes(chosen) ? [chosen, ...values] : values;
}

/**
 * The options of the audit filters: accounts matching the typed text (searched while the picker is open, when the
 * caller may list accounts), the labelled actions and the entity types in the log.
 */
export function useAuditFilterOptions(filters: AuditFilters) {
  const { i18n } = useTranslation('audit');
  const { hasPermission } = useAuth();
  const canListUsers = hasPermission('user.read');
  const [actorSearch, setActorSearch] = useState('');
  const [actorOpen, setActorOpen] = useState(false);
  const debounced = useDebounced(actorSearch, 300);
  const actors = useActors(debounced.trim(), canListUsers && actorOpen);
  const chosenActor = useActor(filters.actorId, canListUsers);
  const entityTypes = useEntityTypes();

  const actorOptions: Option[] = (actors.data ?? []).map((a) => ({ value: a.id, label: `${a.fullName} (${a.username})` }));
  if (filters.actorId && !actorOptions.some((o) => o.value === filters.actorId)) {
    const a = chosenActor.data;
    actorOptions.unshift({ value: filters.actorId, label: a ? `${a.fullName} (${a.username})` : filters.actorId });
  }
  return {
    canListUsers,
    actors: { options: actorOptions, loading: actors.isFetching, search: setActorSearch, open: setActorOpen },
    actions: withChosen(knownActions(i18n), filters.action).map((a) => ({ value: a, label: actionLabel(i18n, a) })),
    entityTypes: withChosen([...(entityTypes.data ?? [])], filters.entityType).map((e) => ({ value: e, label: entityTypeLabel(i18n, e) })),
  };
}
