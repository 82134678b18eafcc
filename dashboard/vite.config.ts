import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server proxies the one GraphQL endpoint, so the app always talks to a same-origin
// `/graphql` — exactly what serve.ts does in production; no CORS, no API URL baked into the bundle.
const apiUrl = process.env.TALENTLOOP_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.DASHBOARD_PORT ?? 5173),
    proxy: { '/graphql': { target: new URL(apiUrl).origin, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        // Separate long-lived vendor chunks so an app change does not re-download ECharts.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (id.includes('echarts') || id.includes('zrender')) return 'echarts';
          if (id.includes('@apollo') || id.includes('graphql') || id.includes('rxjs')) return 'apollo';
          if (id.includes('i18next')) return 'i18n';
          return 'react';
        },
      },
    },
  },
});
