import { z } from 'zod';
import { DEFAULT_DOSSIER_CODE_FORMAT, validateCodeFormat } from '@core/dossier';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  CCHC_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  DOSSIER_CODE_FORMAT: z
    .string()
    .default(DEFAULT_DOSSIER_CODE_FORMAT)
    .refine((f) => validateCodeFormat(f).ok, 'needs {unit}, one date token ({yyMMdd} or {yyyyMMdd}) and one sequence token ({seq4} or {seq})'),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  CCHC_PUBLIC_URL: z.string().regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'CCHC_PUBLIC_URL must be an http(s) URL').optional(),
  WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(256)]).default(1),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
}).refine((c) => c.WORKERS === 1 || c.DATABASE_URL !== undefined, {
  path: ['WORKERS'],
  message: 'several workers need DATABASE_URL: the embedded database lives in one process',
});

/** Validated process configuration, read once at boot. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Parses environment variables; throws one readable message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new Error(`Cấu hình không hợp lệ / Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}
