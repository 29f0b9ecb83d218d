import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_DOSSIER_CODE_FORMAT, validateCodeFormat } from '@core/dossier';

const WORKERS_RULE = 'a whole number from 1 to 256, or auto';

const TRUST_PROXY_RULE =
  'false, true, a number of proxy hops (1–32), or a comma list of proxy addresses/CIDRs (or loopback, linklocal, uniquelocal)';
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const isProxyAddress = (a: string) => {
  if (NAMED_RANGES.has(a)) return true;
  const [ip = '', bits, ...rest] = a.split('/');
  const kind = isIP(ip);
  if (!kind || rest.length) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (kind === 4 ? 32 : 128));
};

/**
 * Fastify's trustProxy from TRUST_PROXY: whom to believe about the client's address (docs/SECURITY.md, "Client
 * addresses"). `true` (believe any X-Forwarded-For, i.e. its left-most entry, which a client can write) only when
 * said in so many words; a number trusts that many proxy hops from the socket; a list trusts those proxies only.
 */
const TrustProxySchema = z
  .string()
  .default('false')
  .transform((v, ctx): boolean | number | string[] => {
    const s = v.trim();
    if (s === 'false') return false;
    if (s === 'true') return true;
    if (/^\d+$/.test(s) && Number(s) <= 32) return Number(s) === 0 ? false : Number(s);
    const list = s.split(',').map((a) => a.trim());
    if (list.every((a) => isProxyAddress(a))) return list;
    ctx.addIssue({ code: 'custom', message: TRUST_PROXY_RULE });
    return z.NEVER;
  });

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  CCHC_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_CLIENT_ADDRESS: z.enum(['off', 'truncated', 'full']).default('truncated'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: TrustProxySchema,
  HSTS_MAX_AGE: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 * 365 * 24 * 3600)
    .default(365 * 24 * 3600),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(20),
  LOGIN_ACCOUNT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(20),
  DOSSIER_CODE_FORMAT: z
    .string()
    .default(DEFAULT_DOSSIER_CODE_FORMAT)
    .refine(
      (f) => validateCodeFormat(f).ok,
      'needs {unit}, one date token ({yyMMdd} or {yyyyMMdd}) and one sequence token ({seq4} or {seq})',
    ),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  CCHC_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, 'CCHC_PUBLIC_URL must be an http(s) URL')
    .optional(),
  WORKERS: z
    .union([z.literal('auto'), z.coerce.number(WORKERS_RULE).int(WORKERS_RULE).min(1, WORKERS_RULE).max(256, WORKERS_RULE)], {
      error: WORKERS_RULE,
    })
    .default(1),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  // A PDF register is for printing: past a few thousand lines the Excel register is the tool (docs/SECURITY.md).
  REGISTER_PDF_MAX_ROWS: z.coerce.number().int().min(1).max(50_000).default(5_000),
  // An Excel sheet holds 1,048,576 rows; the register streams, so memory does not grow with it.
  REGISTER_XLSX_MAX_ROWS: z.coerce.number().int().min(1).max(1_048_000).default(1_000_000),
  // PDF reports are rendered in a worker thread, one at a time per process; more waiting than this answer 429.
  REPORT_QUEUE_MAX: z.coerce.number().int().min(0).max(100).default(4),
});

// Checked apart from the schema so that it is listed with every other bad variable (an object-level refine is
// skipped once a field fails).
function crossChecks(env: Record<string, string | undefined>): Array<{ name: string; message: string }> {
  const workers = env.WORKERS;
  return workers !== undefined && workers !== '1' && !env.DATABASE_URL
    ? [{ name: 'WORKERS', message: 'more than one worker (or auto) needs DATABASE_URL: the embedded database lives in one process' }]
    : [];
}

/** Validated process configuration, read once at boot. */
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Parses environment variables; throws one readable message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  const cross = crossChecks(cleaned);
  if (!parsed.success || cross.length) {
    const lines = [
      ...(parsed.success ? [] : parsed.error.issues.map((i) => ({ name: i.path.join('.'), message: i.message }))),
      ...cross,
    ].map((i) => `  ${i.name}: ${i.message} (got ${JSON.stringify(env[i.name])})`);
    throw new Error(`Cấu hình không hợp lệ / Invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(parsed.data);
}
