/** Copy of the credentials area: English, then French with exactly the same keys. */
export const credentialsEn = {
  'credentials.state.notSet': 'Not set',
  'credentials.state.set': 'Set',
  'credentials.setOn': 'Set on {date}.',
  'credentials.setOnBy': 'Set on {date} by {name}.',
  'credentials.neverShown': 'The stored value is never shown.',
  'credentials.kept': 'A value is stored. The new value was refused — the stored value is kept.',
  'credentials.keptOn': 'A value is stored (set on {date}). The new value was refused — the stored value is kept.',
  'credentials.keptOnBy':
    'A value is stored (set on {date} by {name}). The new value was refused — the stored value is kept.',
  'credentials.writeOnlyHint': 'Write-only: once saved, the value is never displayed again.',
  'credentials.replace': 'Replace',
  'credentials.save': 'Save',
  'credentials.cancel': 'Cancel',
  'credentials.show': 'Show',
  'credentials.showWhat': 'what you are typing',
  'credentials.submitting': 'Saving…',
  'credentials.saved': 'Saved. The value is stored and will not be shown again.',
  'credentials.required': 'Enter a value.',
  'credentials.invalid': 'This value is not valid.',
  'credentials.maskRejected': 'Type the new value: a mask such as •••• cannot be saved.',
  'credentials.disabledReason': 'You cannot change this value here.',

  'credentials.shopify.title': 'Shopify credentials',
  'credentials.shopify.notice.writeOnly':
    'Shopify credentials are write-only. Client ID / Client Secret are never displayed again.',
  'credentials.shopify.notice.calls':
    'Real Shopify calls are disabled by default; Infisical Free is for the controlled pilot only (not multi-client production).',
  'credentials.shopify.notice.scope': 'Scope: read_orders. read_all_orders / read_customers are out of V1.',
  'credentials.shopify.clientId': 'Client ID',
  'credentials.shopify.clientSecret': 'Client Secret',
  'credentials.shopify.clientIdHint': 'From the Shopify app settings: 32 hexadecimal characters (0–9, a–f).',
  'credentials.shopify.clientSecretHint': 'From the Shopify app settings: at least 16 characters, no spaces.',
  'credentials.shopify.viewerReason':
    'Your role (Viewer) cannot set or replace Shopify credentials. Ask an admin or an editor.',
  'credentials.shopify.clientIdFormat': 'A Shopify client ID is 32 hexadecimal characters (0–9, a–f).',
  'credentials.shopify.clientSecretFormat': 'A Shopify client secret has at least 16 characters and no spaces.',
  'credentials.shopify.scopes': 'Scopes',
  'credentials.scope.granted': 'Granted',
  'credentials.scope.notGranted': 'Not granted',
  'credentials.scope.pendingCredentials': 'Granted once the Client ID and the Client Secret are stored.',
  'credentials.scope.outOfV1': 'Out of V1',
  'credentials.scope.notSelectable': 'not selectable',
} satisfies Record<string, string>;

export const credentialsFr: Record<keyof typeof credentialsEn, string> = {
  'credentials.state.notSet': 'Non défini',
  'credentials.state.set': 'Défini',
  'credentials.setOn': 'Défini le {date}.',
  'credentials.setOnBy': 'Défini le {date} par {name}.',
  'credentials.neverShown': 'La valeur enregistrée n’est jamais affichée.',
  'credentials.kept':
    'Une valeur est enregistrée. La nouvelle valeur a été refusée — la valeur enregistrée est conservée.',
  'credentials.keptOn':
    'Une valeur est enregistrée (définie le {date}). La nouvelle valeur a été refusée — la valeur enregistrée est conservée.',
  'credentials.keptOnBy':
    'Une valeur est enregistrée (définie le {date} par {name}). La nouvelle valeur a été refusée — la valeur enregistrée est conservée.',
  'credentials.writeOnlyHint': 'Écriture seule\u00A0: une fois enregistrée, la valeur n’est plus jamais affichée.',
  'credentials.replace': 'Remplacer',
  'credentials.save': 'Enregistrer',
  'credentials.cancel': 'Annuler',
  'credentials.show': 'Afficher',
  'credentials.showWhat': 'la saisie en cours',
  'credentials.submitting': 'Enregistrement…',
  'credentials.saved': 'Enregistré. La valeur est stockée et ne sera plus affichée.',
  'credentials.required': 'Saisissez une valeur.',
  'credentials.invalid': 'Cette valeur n’est pas valide.',
  'credentials.maskRejected': 'Saisissez la nouvelle valeur\u00A0: un masque comme •••• ne peut pas être enregistré.',
  'credentials.disabledReason': 'Vous ne pouvez pas modifier cette valeur ici.',

  'credentials.shopify.title': 'Identifiants Shopify',
  'credentials.shopify.notice.writeOnly':
    'Les identifiants Shopify sont en écriture seule. Le Client ID et le Client Secret ne sont plus jamais affichés.',
  'credentials.shopify.notice.calls':
    'Les appels réels à Shopify sont désactivés par défaut\u202F; Infisical Free est réservé au pilote contrôlé (pas à la production multiclient).',
  'credentials.shopify.notice.scope':
    'Portée (scope)\u00A0: read_orders. read_all_orders / read_customers sont hors V1.',
  'credentials.shopify.clientId': 'Client ID',
  'credentials.shopify.clientSecret': 'Client Secret',
  'credentials.shopify.clientIdHint':
    'Dans les paramètres de l’application Shopify\u00A0: 32 caractères hexadécimaux (0–9, a–f).',
  'credentials.shopify.clientSecretHint':
    'Dans les paramètres de l’application Shopify\u00A0: au moins 16 caractères, sans espace.',
  'credentials.shopify.viewerReason':
    'Votre rôle (Lecteur) ne permet pas de définir ni de remplacer les identifiants Shopify. Demandez à un administrateur ou à un éditeur.',
  'credentials.shopify.clientIdFormat': 'Un Client ID Shopify compte 32 caractères hexadécimaux (0–9, a–f).',
  'credentials.shopify.clientSecretFormat': 'Un Client Secret Shopify compte au moins 16 caractères, sans espace.',
  'credentials.shopify.scopes': 'Portées (scopes)',
  'credentials.scope.granted': 'Accordée',
  'credentials.scope.notGranted': 'Non accordée',
  'credentials.scope.pendingCredentials': 'Accordée une fois le Client ID et le Client Secret enregistrés.',
  'credentials.scope.outOfV1': 'Hors V1',
  'credentials.scope.notSelectable': 'non sélectionnable',
};
