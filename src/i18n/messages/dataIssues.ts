import { DATA_ISSUE_MESSAGES, type SchemaIssueCode } from '../../domain/issues';

/** The keys of our schemas' own checks, `dataIssue.<code>` (written out: the public type of `en` lists them). */
interface SchemaChecks {
  'dataIssue.id_type': string;
  'dataIssue.id_empty': string;
  'dataIssue.id_too_long': string;
  'dataIssue.instant': string;
  'dataIssue.time_zone': string;
  'dataIssue.profile_name_required': string;
  'dataIssue.hours_type': string;
  'dataIssue.hours_positive': string;
  'dataIssue.hours_max': string;
  'dataIssue.error_after_order': string;
  'dataIssue.label_required': string;
  'dataIssue.label_empty': string;
  'dataIssue.label_too_long': string;
  'dataIssue.boolean': string;
  'dataIssue.duplicate_profile_id': string;
  'dataIssue.duplicate_source_id': string;
  'dataIssue.unknown_profile': string;
}

/**
 * `messages` after the English of our schemas' own checks: each schema's message
 * (`DATA_ISSUE_MESSAGES`), word for word. Pure: the French entry, which does not use the English,
 * drops it.
 */
function withSchemaChecks<M extends Record<string, string>>(messages: M): SchemaChecks & M {
  const checks = Object.fromEntries(
    Object.entries(DATA_ISSUE_MESSAGES).map(([code, message]) => [`dataIssue.${code}`, message]),
  ) as Record<`dataIssue.${SchemaIssueCode}`, string> satisfies SchemaChecks;
  return { ...checks, ...messages };
}

/**
 * What is wrong in host data, by `DataIssue.code` (src/domain/issues.ts): our schemas' own checks
 * (in their own English), the readers' checks and zod's issue codes. English, then French.
 */
export const dataIssuesEn = /* @__PURE__ */ withSchemaChecks({
  'dataIssue.invalid_now':
    '{prop} is not a valid instant: {value}. Give an ISO-8601 date-time with a time zone, e.g. 2026-05-03T06:10:00Z.',
  'dataIssue.profile_set_aside': 'Its profile "{id}" was set aside',

  'dataIssue.invalid_type': 'Invalid input: expected {expected}',
  'dataIssue.invalid_value': 'Invalid option: expected one of {values}',
  'dataIssue.unrecognized_keys': '{count, plural, one {Unrecognized key} other {Unrecognized keys}}: {keys}',
  'dataIssue.too_big': 'Too big: must be at most {limit}',
  'dataIssue.too_small': 'Too small: must be at least {limit}',
  'dataIssue.invalid_format': 'Invalid format: {format}',
  'dataIssue.not_multiple_of': 'Invalid number: not a multiple of the expected step',
  'dataIssue.invalid_union': 'Invalid input',
  'dataIssue.invalid_key': 'Invalid key',
  'dataIssue.invalid_element': 'Invalid element',
  'dataIssue.custom': 'Invalid input',
});

export const dataIssuesFr: Record<keyof typeof dataIssuesEn, string> = {
  'dataIssue.id_type': 'doit être un identifiant (texte)',
  'dataIssue.id_empty': 'ne doit pas être vide',
  'dataIssue.id_too_long': 'doit compter au plus 128\u00A0caractères',
  'dataIssue.instant': 'doit être une date-heure ISO-8601 avec fuseau horaire, par ex. 2026-05-03T06:10:00Z',
  'dataIssue.time_zone': 'doit être un fuseau horaire IANA, par ex. Europe/Paris',
  'dataIssue.profile_name_required': 'Le nom du profil est obligatoire',
  'dataIssue.hours_type': 'doit être un nombre d’heures',
  'dataIssue.hours_positive': 'doit être supérieur à 0\u00A0heure',
  'dataIssue.hours_max': 'doit être d’un an au plus',
  'dataIssue.error_after_order': 'errorAfterHours doit être supérieur à warnAfterHours',
  'dataIssue.label_required': 'Le libellé de la source est obligatoire',
  'dataIssue.label_empty': 'Le libellé de la source ne doit pas être vide',
  'dataIssue.label_too_long': 'Le libellé de la source doit compter au plus 500\u00A0caractères',
  'dataIssue.boolean': 'doit valoir true ou false',
  'dataIssue.duplicate_profile_id': 'Identifiant de profil en double\u00A0: «\u00A0{id}\u00A0»',
  'dataIssue.duplicate_source_id': 'Identifiant de source en double\u00A0: «\u00A0{id}\u00A0»',
  'dataIssue.unknown_profile': 'Profil inconnu\u00A0: «\u00A0{id}\u00A0»',
  'dataIssue.invalid_now':
    '{prop} n’est pas un instant valide\u00A0: {value}. Indiquez une date-heure ISO-8601 avec fuseau horaire, par ex. 2026-05-03T06:10:00Z.',
  'dataIssue.profile_set_aside': 'Son profil «\u00A0{id}\u00A0» a été mis de côté',

  'dataIssue.invalid_type': 'Entrée invalide\u00A0: type attendu {expected}',
  'dataIssue.invalid_value': 'Option invalide\u00A0: valeur attendue parmi {values}',
  'dataIssue.unrecognized_keys': '{count, plural, one {Clé non reconnue} other {Clés non reconnues}}\u00A0: {keys}',
  'dataIssue.too_big': 'Trop grand\u00A0: {limit} au plus',
  'dataIssue.too_small': 'Trop petit\u00A0: {limit} au moins',
  'dataIssue.invalid_format': 'Format invalide\u00A0: {format}',
  'dataIssue.not_multiple_of': 'Nombre invalide\u00A0: pas un multiple du pas attendu',
  'dataIssue.invalid_union': 'Entrée invalide',
  'dataIssue.invalid_key': 'Clé invalide',
  'dataIssue.invalid_element': 'Élément invalide',
  'dataIssue.custom': 'Entrée invalide',
};
