export {
  type CredentialMetadata,
  SHOPIFY_SCOPES,
  type ShopifyCredential,
  ShopifyCredentialsPanel,
  type ShopifyCredentialsPanelProps,
} from './ShopifyCredentialsPanel';
