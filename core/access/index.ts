export * from './permissions';
export * from './roles';
export * from './scope';
export * from './grants';
