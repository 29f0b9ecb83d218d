// What officers ask for next (issue #14 point 8): the online-service figures the app holds and the apology letters'
// reasons. Pure rules; the SQL in server/modules/dossier-stats/dossier-stats.extra.repo.ts counts by them.

/** How a fee or charge was paid, as recorded when the payment is confirmed (online: through the payment platform). */
export const PAYMENT_METHODS = ['online', 'counter'] as const;
/** A payment method (null where it is read: not recorded, data before it). */
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The online service level a procedure is offered at (catalogue `online_level`). */
export type OnlineLevel = 'none' | 'partial' | 'full';

/** What the fully-online rule reads of one dossier. */
export type FullyOnlineInput = {
  readonly channel: 'online' | 'in_person' | 'postal';
  readonly onlineLevel: OnlineLevel;
  /** Methods of the payments confirmed on the dossier (empty: nothing paid). */
  readonly payments: readonly (PaymentMethod | null)[];
};

// Decree 42/2022/NĐ-CP Art. 11(1)(a) (recalled, not read here): a fully online service ("toàn trình") carries out the
// whole procedure on the network; CCHC can only see the submission channel, the catalogue level and how fees were paid.
/** Submitted online for a procedure offered fully online, with no payment recorded as made at a counter. */
export function isFullyOnline(d: FullyOnlineInput): boolean {
  return d.channel === 'online' && d.onlineLevel === 'full' && !d.payments.includes('counter');
}

/** A share in percent with 2 decimals; null when there is nothing to share (whole = 0). */
export function sharePercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 10_000) / 100;
}

/** The counts the online-service figures are made of (a period and a unit subtree). */
export type OnlineServiceCounts = {
  /** Accepted dossiers received in the period, by channel. */
  received: number;
  receivedOnline: number;
  /** Received in the period for procedures offered fully online, and of them submitted online / fully online. */
  receivedFullLevel: number;
  receivedOnlineFullLevel: number;
  fullyOnline: number;
  /** Payments confirmed in the period, by recorded method. */
  paymentsOnline: number;
  paymentsCounter: number;
  paymentsUnrecorded: number;
  /** Results returned in the period, and of them with the result file stored (issued electronically). */
  returned: number;
  returnedElectronic: number;
  /** Received at a counter (in person or by post) in the period, and of them with a document scanned by the clerk. */
  receivedAtCounter: number;
  digitisedAtCounter: number;
};

/** The online-service figures: the counts and their shares in percent. */
export type OnlineServiceFigures = OnlineServiceCounts & {
  onlineShare: number | null;
  fullLevelOnlineShare: number | null;
  fullyOnlineShare: number | null;
  onlinePaymentShare: number | null;
  electronicResultShare: number | null;
  digitisedShare: number | null;
};

/** The shares of the online-service counts (Decision 766/QĐ-TTg indicators on online services and digitisation). */
export function onlineServiceFigures(c: OnlineServiceCounts): OnlineServiceFigures {
  return {
    ...c,
    onlineShare: sharePercent(c.receivedOnline, c.received),
    fullLevelOnlineShare: sharePercent(c.receivedOnlineFullLevel, c.receivedFullLevel),
    fullyOnlineShare: sharePercent(c.fullyOnline, c.received),
    // Payments whose method was not recorded are left out of the share rather than guessed.
    onlinePaymentShare: sharePercent(c.paymentsOnline, c.paymentsOnline + c.paymentsCounter),
    electronicResultShare: sharePercent(c.returnedElectronic, c.returned),
    digitisedShare: sharePercent(c.digitisedAtCounter, c.receivedAtCounter),
  };
}

/** One group of apology letters with the same reason. */
export type ApologyReasonCount = { reason: string | null; count: number };

// The reason is free text written on form 04 (Circular 03/2025/TT-VPCP Annex I form 04: the letter states why the
// result is late): letters are grouped by the same words, whatever the case and spacing.
/** Groups apology letters by reason (case and spaces ignored; the first spelling met is shown), most frequent first. */
export function groupApologyReasons(reasons: Iterable<string | null>): ApologyReasonCount[] {
  const groups = new Map<string, ApologyReasonCount>();
  for (const r of reasons) {
    const text = r?.replace(/\s+/g, ' ').trim() ?? '';
    const key = text.toLocaleLowerCase('vi');
    const g = groups.get(key);
    if (g) g.count += 1;
    else groups.set(key, { reason: text === '' ? null : text, count: 1 });
  }
  const collator = new Intl.Collator('vi');
  return [...groups.values()].sort(
    (a, b) => b.count - a.count || (a.reason === null ? 1 : b.reason === null ? -1 : collator.compare(a.reason, b.reason)),
  );
}
