import type { ComponentType, LazyExoticComponent } from 'react';
import type { Permission } from '@core/access/permissions';
import type { FeatureStrings } from './i18n';

/** A page a feature adds to the router. */
export type FeatureRoute = {
  path: string;
  component: LazyExoticComponent<ComponentType> | ComponentType;
  /** Navigation needs this permission somewhere; the server still checks every call. */
  permission?: Permission;
};

/** What a web feature hands to web/app: its i18n namespace and pages. */
export type Feature = {
  ns: string;
  strings: FeatureStrings;
  routes: FeatureRoute[];
};
