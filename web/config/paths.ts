/** Every client route path in one place. */
export const paths = {
  home: '/',
  login: '/dang-nhap',
  units: '/quan-tri/don-vi',
  unit: (id = ':id') => `/quan-tri/don-vi/${id}`,
  users: '/quan-tri/nguoi-dung',
  user: (id = ':id') => `/quan-tri/nguoi-dung/${id}`,
  audit: '/quan-tri/nhat-ky',
  calendar: '/quan-tri/lich-lam-viec',
  dossiers: '/mot-cua',
  surveys: '/khao-sat',
  parIndex: '/chi-so-cchc',
  plan: '/ke-hoach',
  reports: '/bao-cao',
} as const;
