/**
 * Product words kept as they are in French: platform and product names, the Shopify credential
 * fields and scopes, codes and tickets. Listed once, for the Vocabulary docs page and for the
 * story test that fails when a French story shows an English catalogue entry
 * (.storybook/vitest.setup.ts): these words are not English left untranslated.
 */
export const UNTRANSLATED_TERMS = [
  'Shopify',
  'GA4',
  'Google Ads',
  'Meta Ads',
  'TikTok Ads',
  'Client ID',
  'Client Secret',
  'read_orders',
  'read_all_orders',
  'read_customers',
  'Infisical Free',
  'OAuth',
  'API',
  'Campaign MER',
  'FX',
  'multi-touch',
  'V1',
  'P1',
  'IMPL-007',
  'UTC',
  'Legacy route.',
] as const;

/**
 * The English words a French page keeps (a field's name in Shopify's own settings, a label of the
 * seed page, a product plan), as distinct from names and codes, which read the same in every
 * language. On a page in another language each is marked `lang="en"` (`markEnglish`), so a screen
 * reader says it with English pronunciation. Longest first where one contains another.
 */
export const ENGLISH_TERMS = [
  'Legacy route.',
  'Client Secret',
  'Client ID',
  'Campaign MER',
  'Infisical Free',
  'multi-touch',
  'scopes',
  'scope',
] as const;
