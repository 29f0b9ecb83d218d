import type { Feature } from '@web/lib/feature';

// Every web feature, in navigation order. web/app is the only place features meet.
export const FEATURES: Feature[] = [];
