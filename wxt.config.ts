import { defineConfig } from 'wxt';

// A test-only build (LACUNA_E2E=1) may read pages on 127.0.0.1 without a user
// gesture, because automation can never grant activeTab. The shipped build must not.
const e2e = process.env.LACUNA_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Lacuna',
    description: 'Checks a privacy policy against GDPR Article 13, locally, with evidence for every finding.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Lacuna: analyse this privacy policy' },
  },
});
