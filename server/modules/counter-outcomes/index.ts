export { counterOutcomesRoutes } from './counter-outcomes.routes';
