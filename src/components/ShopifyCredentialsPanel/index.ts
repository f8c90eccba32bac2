// The scopes are data, in the domain: server code (a React Server Component) can read them.
export { SHOPIFY_SCOPES } from '../../domain/shopify';
export {
  type CredentialMetadata,
  type ShopifyCredential,
  ShopifyCredentialsPanel,
  type ShopifyCredentialsPanelProps,
} from './ShopifyCredentialsPanel';
