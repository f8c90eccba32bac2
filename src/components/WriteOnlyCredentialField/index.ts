export {
  type CredentialCheck,
  type CredentialRejection,
  checkCredentialValue,
  isMaskValue,
  MASK_CHARACTERS,
} from './value';
export {
  type SubmissionState,
  WriteOnlyCredentialField,
  type WriteOnlyCredentialFieldProps,
} from './WriteOnlyCredentialField';
