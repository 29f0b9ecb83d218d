import { isInScope, scopeRoots } from '@core/access/scope';
import { addDays, startOfDay, type LocalDate } from '@core/calendar/local-date';
import { counterOutcomeDocument } from '@core/dossier-forms';
import type { CounterOutcome, CounterOutcomeListQuery, CounterOutcomeListResponse } from '@contracts/counter-outcomes';
import { tallyCounterOutcomes } from '@core/dossier';
import { notFound, type Actor, type Deps } from '../../http';
import { FORM_PLACE, renderFormPdf } from '../dossier-forms/dossier-forms.service';
import { ancestryOf, subtreeIds } from '../units/units.service';
import { countOutcomes, findOutcome, findOutcomes, type OutcomeRow } from './counter-outcomes.repo';
import { toForm, toOutcome } from './counter-outcomes.present';

// The counter log of a unit subtree (dossier.read on the unit), one row, and its printable form 02 or 03.

/** A unit subtree's counter log over a period, newest first, with the counts by kind of the whole filter. */
export async function listCounterOutcomes(deps: Deps, actor: Actor, q: CounterOutcomeListQuery): Promise<CounterOutcomeListResponse> {
  const rootId = q.unitId ?? scopeRoots(actor.grants, 'dossier.read')[0];
  if (!rootId || !isInScope(actor.grants, 'dossier.read', await ancestryOf(deps.db, rootId))) throw notFound('Đơn vị');
  const unitIds = [...(await subtreeIds(deps.db, [rootId]))];
  const filter = {
    unitIds,
    start: q.from ? new Date(startOfDay(q.from as LocalDate)) : null,
    end: q.to ? new Date(startOfDay(addDays(q.to as LocalDate, 1))) : null,
    kind: q.kind ?? null,
  };
  const [rows, byKind] = await Promise.all([
    findOutcomes(deps.db, filter, { limit: q.limit, offset: q.offset }),
    countOutcomes(deps.db, { ...filter, kind: null }),
  ]);
  const counts = tallyCounterOutcomes(byKind);
  const total = q.kind ? counts[q.kind] : counts.guided + counts.refused;
  return { items: rows.map(toOutcome), total, counts };
}

/** One counter outcome the actor may read (dossier.read on its unit), else 404. */
async function visibleOutcome(deps: Deps, actor: Actor, id: string): Promise<OutcomeRow> {
  const row = await findOutcome(deps.db, id);
  if (!row || !isInScope(actor.grants, 'dossier.read', await ancestryOf(deps.db, row.unitId))) throw notFound('Phiếu');
  return row;
}

/** One counter outcome. */
export async function getCounterOutcome(deps: Deps, actor: Actor, id: string): Promise<CounterOutcome> {
  return toOutcome(await visibleOutcome(deps, actor, id));
}

/** Form 02 or 03 of a counter outcome as PDF. */
export async function counterOutcomePdf(deps: Deps, actor: Actor, id: string): Promise<{ fileName: string; body: Buffer }> {
  const doc = counterOutcomeDocument(toForm(await visibleOutcome(deps, actor, id)), FORM_PLACE);
  return { fileName: doc.fileName, body: await renderFormPdf(doc) };
}
