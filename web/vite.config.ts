import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: r('.'),
  plugins: [react()],
  resolve: {
    alias: { '@core': r('../core'), '@contracts': r('../contracts'), '@web': r('.') },
  },
  build: {
    outDir: r('../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
});
