export { dossiersRoutes } from './dossiers.routes';
