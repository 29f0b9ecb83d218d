// What every module shares over HTTP: the error type and its table, the one validation-error formatter, the request
// context (actor, injected dependencies). Modules import these from here, never from each other.
export { AppError, notFound, type Issue } from './errors';
export { halves, schemaIssues, validationError, withDetail, zodIssues, type SchemaError } from './validation';
export { actorOf, type Actor, type Deps } from './context';
export { errorResponses } from '@contracts/errors';
