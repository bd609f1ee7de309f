import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Two apps from one build: the operator console and the subscriber portal, served by Tenure at /console and
// /portal (src/http/web-apps.ts); their scripts and styles share /assets/.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  // `npm run web:dev`: hot reload on :5173, the API answered by a Tenure running on :3000 (`npm start`).
  server: { proxy: { '/v1': 'http://127.0.0.1:3000', '/portal/api': 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: { input: { console: 'console/index.html', portal: 'portal/index.html' } },
  },
});
