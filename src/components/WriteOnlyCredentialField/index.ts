export {
  type CredentialCheck,
  type CredentialRejection,
  checkCredentialValue,
  isMaskValue,
  MASK_CHARACTERS,
} from './value';
export {
  type CredentialStatus,
  WriteOnlyCredentialField,
  type WriteOnlyCredentialFieldProps,
} from './WriteOnlyCredentialField';
