import initial from './0001_initial.js';
import paymentExternalId from './0002_payment_external_id.js';
import push from './0003_push.js';
import billingSync from './0004_billing_sync.js';
import identityDelivery from './0005_identity_delivery.js';
import identityFlows from './0006_identity_flows.js';

/**
 * The central service's migrations, numbered and append-only. They are TypeScript modules
 * holding SQL so that they survive bundling into the Electron main process.
 * To add one: create NNNN_name.ts exporting the SQL as default, append it here, and add a test.
 */
export const centralMigrations: { version: number; name: string; sql: string }[] = [
  { version: 1, name: '0001_initial', sql: initial },
  { version: 2, name: '0002_payment_external_id', sql: paymentExternalId },
  { version: 3, name: '0003_push', sql: push },
  { version: 4, name: '0004_billing_sync', sql: billingSync },
  { version: 5, name: '0005_identity_delivery', sql: identityDelivery },
  { version: 6, name: '0006_identity_flows', sql: identityFlows },
];
