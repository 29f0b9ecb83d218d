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

/** A panel a feature adds to the overview page, shown to those with the permission somewhere. */
export type FeaturePanel = {
  key: string;
  component: LazyExoticComponent<ComponentType> | ComponentType;
  permission?: Permission;
  /** Lower comes first on the overview (default 100). */
  order?: number;
};

/** What a web feature hands to web/app: its i18n namespace, pages and overview panels. */
export type Feature = {
  ns: string;
  strings: FeatureStrings;
  routes: FeatureRoute[];
  panels?: FeaturePanel[];
};
