/**
 * The Shopify scopes of V1: only `read_orders` is requested (`granted: true`, granted once the
 * credentials are stored, see `shopifyScopeStateOf`); the others are shown, never offered.
 * Data, kept out of the components so that server code (a React Server Component) can read it.
 */
export const SHOPIFY_SCOPES = [
  { scope: 'read_orders', granted: true },
  { scope: 'read_all_orders', granted: false },
  { scope: 'read_customers', granted: false },
] as const;

export type ShopifyScope = (typeof SHOPIFY_SCOPES)[number];

/** What a scope is for a person: granted, not granted yet, or out of V1 (never offered). */
export type ShopifyScopeState = 'granted' | 'notGranted' | 'outOfV1';

/**
 * The state of a V1 scope given which credentials are stored: a scope V1 requests is granted only
 * once both the Client ID and the Client Secret are stored; before that it is not granted.
 */
export function shopifyScopeStateOf(
  scope: Pick<ShopifyScope, 'granted'>,
  stored: { clientId: boolean; clientSecret: boolean },
): ShopifyScopeState {
  if (!scope.granted) return 'outOfV1';
  return stored.clientId && stored.clientSecret ? 'granted' : 'notGranted';
}
