/**
 * The Shopify scopes of V1: only `read_orders` is granted; the others are shown, never offered.
 * Data, kept out of the components so that server code (a React Server Component) can read it.
 */
export const SHOPIFY_SCOPES = [
  { scope: 'read_orders', granted: true },
  { scope: 'read_all_orders', granted: false },
  { scope: 'read_customers', granted: false },
] as const;
