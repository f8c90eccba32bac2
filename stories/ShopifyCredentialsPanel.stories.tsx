import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ShopifyCredentialsPanel, type ShopifyCredentialsPanelProps } from '../src/components/ShopifyCredentialsPanel';
import type { Locale } from '../src/domain';
import type { MessageKey } from '../src/i18n';
import { translatorFor } from '../src/locales/all';
import { captureConsole, describeHits, findCanary } from '../test/helpers/canary';
import { copyOf } from './support/copy';
import { onlyOne } from './support/dom';
import { expectStates, StatesAtAGlance, stateNamed } from './support/glance';

const CANARY = 'canary-SECRET-7f3a9';
/** A canary that is a valid Client ID (32 hexadecimal characters). */
const CLIENT_ID_CANARY = 'ca0a5ec7e7f3a9c0ffee0ca0a5ec7e7f';
const SET_AT = '2026-04-28T09:30:00Z';

const meta: Meta<typeof ShopifyCredentialsPanel> = {
  title: 'Components/ShopifyCredentialsPanel',
  component: ShopifyCredentialsPanel,
  args: { userRole: 'admin', clientId: { isSet: false }, clientSecret: { isSet: false }, onSubmitCredential: fn() },
  argTypes: { schemas: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Shopify Client ID and Client Secret as write-only fields, with the seed page\'s notices and the V1 scopes (`read_orders`, granted once both credentials are stored and "Not granted" until then; `read_all_orders` and `read_customers` shown as out of V1, never offered). `onSubmitCredential(field, value)` receives a newly typed value once. Each field states its format (32 hexadecimal characters; at least 16 characters, no spaces) before anything is typed. A `viewer` (the default `userRole`) is told why the credentials cannot be changed, instead of being shown controls that cannot be used.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<typeof ShopifyCredentialsPanel>;
type Ctx = StoryContext<ShopifyCredentialsPanelProps>;

const m = (ctx: Pick<Ctx, 'globals'>, key: MessageKey) =>
  translatorFor((ctx.globals.locale as Locale | undefined) ?? 'en')(key);

/** The panel's notice: what it is, and what is not asked. */
const noticeIn = (root: HTMLElement) =>
  onlyOne(root, '[data-component="shopify-credentials"] > [data-tone="info"]', 'Shopify notices');

/** The notices, scopes and the absence of any control for the scopes out of V1. */
async function expectNoticesAndScopes(ctx: Ctx) {
  const canvas = within(ctx.canvasElement);
  await expect(canvas.getByRole('heading', { name: m(ctx, 'credentials.shopify.title') })).toBeVisible();
  const notice = noticeIn(ctx.canvasElement);
  const sentences = [...notice.querySelectorAll('p')].map((p) => p.textContent).join(' ');
  await expect(sentences).toBe(
    [
      m(ctx, 'credentials.shopify.notice.writeOnly'),
      m(ctx, 'credentials.shopify.notice.calls'),
      m(ctx, 'credentials.shopify.notice.scope'),
    ].join(' '),
  );
  const scope = (name: string) => ctx.canvasElement.querySelector(`[data-scope="${name}"]`) as HTMLElement;
  // read_orders is granted only once both credentials are stored; until then it is not granted, never told as positive.
  const granted = ctx.args.clientId?.isSet === true && ctx.args.clientSecret?.isSet === true;
  const readOrders = scope('read_orders');
  const readOrdersBadge = readOrders.querySelector('[data-tone]');
  await expect(readOrders).toHaveAttribute('data-scope-state', granted ? 'granted' : 'notGranted');
  await expect(readOrdersBadge).toHaveTextContent(
    m(ctx, granted ? 'credentials.scope.granted' : 'credentials.scope.notGranted'),
  );
  await expect(readOrdersBadge).toHaveAttribute('data-tone', granted ? 'positive' : 'caution');
  for (const name of ['read_all_orders', 'read_customers']) {
    await expect(scope(name)).toHaveTextContent(m(ctx, 'credentials.scope.outOfV1'));
    // Not selectable: nothing in the scope list can be operated.
    await expect(scope(name).querySelectorAll('input, button, select, a, [tabindex], [role="checkbox"]')).toHaveLength(
      0,
    );
  }
  await expect(canvas.queryAllByRole('checkbox')).toHaveLength(0);
}

const SEED_COPY =
  'Shopify credentials are write-only. Client ID / Client Secret are never displayed again. Real Shopify calls are disabled by default; Infisical Free is for the controlled pilot only (not multi-client production). Scope: read_orders. read_all_orders / read_customers are out of V1.';

/** Nothing stored yet: both fields ask for a value. */
export const NeverSet: Story = {
  name: 'Never set',
  play: async (ctx) => {
    await expectNoticesAndScopes(ctx);
    if (ctx.globals.locale !== 'fr') {
      await expect([...noticeIn(ctx.canvasElement).querySelectorAll('p')].map((p) => p.textContent).join(' ')).toBe(
        SEED_COPY,
      );
    }
    const canvas = within(ctx.canvasElement);
    for (const label of [m(ctx, 'credentials.shopify.clientId'), m(ctx, 'credentials.shopify.clientSecret')]) {
      await expect(canvas.getByLabelText(label)).toHaveAttribute('type', 'password');
    }
  },
};

/** Both stored: when and by whom, never what. */
export const BothSet: Story = {
  name: 'Both set',
  args: {
    clientId: { isSet: true, setAt: SET_AT, setBy: 'Camille Martin (admin)' },
    clientSecret: { isSet: true, setAt: SET_AT, setBy: 'Camille Martin (admin)' },
  },
  play: async (ctx) => {
    await expectNoticesAndScopes(ctx);
    await expect(ctx.canvasElement.querySelectorAll('input')).toHaveLength(0);
    await expect(
      within(ctx.canvasElement).getAllByRole('button', { name: new RegExp(m(ctx, 'credentials.replace')) }),
    ).toHaveLength(2);
  },
};

/** The host saved the Client ID and refused the Client Secret. */
export const SavedAndError: Story = {
  name: 'Client ID saved, Client Secret refused',
  args: {
    clientId: { isSet: true, setAt: SET_AT, submissionState: 'saved' },
    clientSecret: {
      isSet: false,
      submissionState: 'error',
      error: 'Shopify rejected these credentials (401). Check the value and try again.',
    },
  },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    // The host's refusal the panel is shown with is content, not an announcement.
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(ctx.canvasElement.querySelector('[data-error]')).toHaveTextContent('401');
    await expect(canvas.getByLabelText(m(ctx, 'credentials.shopify.clientSecret'))).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

/**
 * Only the Client ID stored: `read_orders` reads "Not granted" in the caution tone (never the
 * positive "Granted") and says it is granted once both credentials are stored.
 */
export const ScopeNotGranted: Story = {
  name: 'Only the Client ID stored: read_orders not granted',
  args: { clientId: { isSet: true, setAt: SET_AT }, clientSecret: { isSet: false } },
  play: async (ctx) => {
    await expectNoticesAndScopes(ctx);
    const readOrders = within(ctx.canvasElement.querySelector('[data-scope="read_orders"]') as HTMLElement);
    await expect(readOrders.getByText(m(ctx, 'credentials.scope.notGranted'))).toBeVisible();
    // In French its English words ("Client ID") are their own elements: matched as the whole sentence.
    const pending = m(ctx, 'credentials.scope.pendingCredentials');
    await expect(
      readOrders.getByText((_, element) => element?.tagName === 'SPAN' && element.textContent === pending),
    ).toBeVisible();
    await expect(readOrders.queryByText(m(ctx, 'credentials.scope.granted'))).toBeNull();
    await expect(ctx.canvasElement.querySelector('[data-scope="read_orders"]')).toHaveAttribute(
      'data-granted',
      'false',
    );
  },
};

/**
 * Both stored, and a new Client Secret refused by the host: the field says the stored secret is
 * kept instead of a green "Set" beside the red refusal; read_orders stays granted.
 */
export const RefusedReplacementKept: Story = {
  name: 'Client Secret refused, the stored one kept',
  args: {
    clientId: { isSet: true, setAt: SET_AT },
    clientSecret: {
      isSet: true,
      setAt: SET_AT,
      submissionState: 'error',
      error: 'Shopify rejected these credentials (401). Check the value and try again.',
    },
  },
  play: async (ctx) => {
    await expectNoticesAndScopes(ctx);
    const { t } = copyOf(ctx.globals);
    const canvas = within(ctx.canvasElement);
    await expect(canvas.queryByRole('alert')).toBeNull();
    const alert = ctx.canvasElement.querySelector('[data-error]') as HTMLElement;
    await expect(alert).toHaveTextContent('401');
    const field = alert.closest('[data-submission]') as HTMLElement;
    await expect(field).toHaveAttribute('data-submission', 'error');
    await expect(field).toHaveTextContent(
      t('credentials.keptOn', {
        date: ctx.globals.locale === 'fr' ? '28 avr. 2026, 09:30 UTC' : '28 Apr 2026, 09:30 UTC',
      }),
    );
    await expect(within(field).getByText(m(ctx, 'credentials.state.set')).closest('[data-tone]')).toHaveAttribute(
      'data-tone',
      'neutral',
    );
    // The Client ID, not refused, is still told as set in the positive tone.
    const clientIdField = [...ctx.canvasElement.querySelectorAll<HTMLElement>('[data-submission]')].find(
      (f) => f !== field,
    );
    await expect(
      within(clientIdField as HTMLElement)
        .getByText(m(ctx, 'credentials.state.set'))
        .closest('[data-tone]'),
    ).toHaveAttribute('data-tone', 'positive');
  },
};

/**
 * Each field's format is on the page before anything is typed, as the input's description: a
 * person knows the Client Secret needs 16+ characters without spaces before a refusal says so.
 * A refused value is still cleared (write-only comes first), and the rule stays beside the error.
 */
export const RulesBeforeTyping: Story = {
  name: 'Rules before typing',
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    const secret = canvas.getByLabelText(m(ctx, 'credentials.shopify.clientSecret'));
    const clientId = canvas.getByLabelText(m(ctx, 'credentials.shopify.clientId'));
    // Text matchers compare whitespace-normalised text: French copy has no-break spaces before colons.
    const text = (key: MessageKey) => m(ctx, key).replace(/\s+/g, ' ');
    const secretRule = text('credentials.shopify.clientSecretHint');
    await expect(canvas.getByText(secretRule)).toBeVisible();
    // Accessible descriptions keep the copy's own spaces.
    await expect(secret).toHaveAccessibleDescription(m(ctx, 'credentials.shopify.clientSecretHint'));
    await expect(clientId).toHaveAccessibleDescription(m(ctx, 'credentials.shopify.clientIdHint'));
    await expect(canvas.queryByRole('alert')).toBeNull();
    await userEvent.type(secret, 'too short{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(text('credentials.shopify.clientSecretFormat'));
    await expect(secret).toHaveValue('');
    await expect(secret).toHaveFocus();
    await expect(secret).toHaveAccessibleDescription(
      `${m(ctx, 'credentials.shopify.clientSecretHint')} ${m(ctx, 'credentials.shopify.clientSecretFormat')}`,
    );
    await expect(ctx.args.onSubmitCredential).not.toHaveBeenCalled();
  },
};

/**
 * A viewer (the default role) cannot set or replace credentials, and is told so in each field:
 * no input, no Replace button, no disabled control that says nothing. What is stored is still shown.
 */
export const Disabled: Story = {
  name: 'Viewer: told why nothing can be changed',
  args: { userRole: 'viewer', clientId: { isSet: true, setAt: SET_AT }, clientSecret: { isSet: false } },
  play: async (ctx) => {
    await expectNoticesAndScopes(ctx);
    const canvas = within(ctx.canvasElement);
    const reason = m(ctx, 'credentials.shopify.viewerReason');
    await expect(canvas.getAllByText(reason)).toHaveLength(2);
    for (const text of canvas.getAllByText(reason)) await expect(text).toBeVisible();
    await expect(canvas.queryByRole('button', { name: new RegExp(m(ctx, 'credentials.replace')) })).toBeNull();
    await expect(ctx.canvasElement.querySelectorAll('input')).toHaveLength(0);
    await expect(ctx.canvasElement.querySelectorAll(':disabled, [aria-disabled="true"]')).toHaveLength(0);
    // What is stored is still told: the Client ID is set, the Client Secret is not.
    await expect(canvas.getByText(m(ctx, 'credentials.state.set'))).toBeVisible();
    await expect(canvas.getByText(m(ctx, 'credentials.state.notSet'))).toBeVisible();
  },
};

/** Locked by the host for another reason than the role: its own reason, in each field. */
export const DisabledByHost: Story = {
  name: 'Locked by the host, with its reason',
  args: {
    disabled: true,
    disabledReason: 'Credentials are managed by your organisation’s Shopify Plus admin.',
    clientId: { isSet: true, setAt: SET_AT },
    clientSecret: { isSet: true, setAt: SET_AT },
  },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expect(canvas.getAllByText(ctx.args.disabledReason as string)).toHaveLength(2);
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
    await expect(ctx.canvasElement.querySelectorAll('input')).toHaveLength(0);
  },
};

export const NeverSetFr: Story = { ...NeverSet, name: 'Never set (French)', globals: { locale: 'fr' } };
export const BothSetFr: Story = { ...BothSet, name: 'Both set (French)', globals: { locale: 'fr' } };
export const SavedAndErrorFr: Story = {
  ...SavedAndError,
  name: 'Client ID saved, Client Secret refused (French)',
  globals: { locale: 'fr' },
  args: {
    ...SavedAndError.args,
    clientSecret: {
      isSet: false,
      submissionState: 'error',
      error: 'Shopify a refusé ces identifiants (401). Vérifiez la valeur et réessayez.',
    },
  },
};
export const DisabledFr: Story = { ...Disabled, name: 'Viewer (French)', globals: { locale: 'fr' } };
export const RulesBeforeTypingFr: Story = {
  ...RulesBeforeTyping,
  name: 'Rules before typing (French)',
  globals: { locale: 'fr' },
};
export const ScopeNotGrantedFr: Story = {
  ...ScopeNotGranted,
  name: 'Only the Client ID stored: read_orders not granted (French)',
  globals: { locale: 'fr' },
};
export const RefusedReplacementKeptFr: Story = {
  ...RefusedReplacementKept,
  name: 'Client Secret refused, the stored one kept (French)',
  globals: { locale: 'fr' },
  args: {
    ...RefusedReplacementKept.args,
    clientSecret: {
      isSet: true,
      setAt: SET_AT,
      submissionState: 'error',
      error: 'Shopify a refusé ces identifiants (401). Vérifiez la valeur et réessayez.',
    },
  },
};

// ——— Security ———

async function expectCanaryNowhereAfter(ctx: Ctx, secret: string, interaction: () => Promise<void>) {
  const capture = captureConsole();
  try {
    await interaction();
  } finally {
    capture.restore();
  }
  const hits = findCanary(secret, { root: document, args: ctx.args, console: capture.calls });
  await expect(hits, `the canary was found:\n${describeHits(hits)}`).toEqual([]);
}

/** Both credentials typed and saved: each reaches the callback once, with its field, then is nowhere. */
export const CanarySubmit: Story = {
  name: 'Security: submitted credentials are nowhere',
  tags: ['security'],
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    const save = (label: string) => canvas.getByRole('button', { name: `${m(ctx, 'credentials.save')} ${label}` });
    const clientId = m(ctx, 'credentials.shopify.clientId');
    const clientSecret = m(ctx, 'credentials.shopify.clientSecret');
    await expectCanaryNowhereAfter(ctx, CANARY, async () => {
      await userEvent.type(canvas.getByLabelText(clientSecret), CANARY);
      await expect(findCanary(CANARY).map((hit) => hit.where)).toEqual(['value']);
      await userEvent.dblClick(save(clientSecret));
    });
    await expectCanaryNowhereAfter(ctx, CLIENT_ID_CANARY, async () => {
      await userEvent.type(canvas.getByLabelText(clientId), `${CLIENT_ID_CANARY}{Enter}`);
    });
    await expect(ctx.args.onSubmitCredential).toHaveBeenCalledTimes(2);
    await expect(ctx.args.onSubmitCredential).toHaveBeenNthCalledWith(1, 'clientSecret', CANARY);
    await expect(ctx.args.onSubmitCredential).toHaveBeenNthCalledWith(2, 'clientId', CLIENT_ID_CANARY);
  },
};

/** A Client ID in the wrong format: the format message, nothing sent, nothing kept. */
export const CanaryInvalidClientId: Story = {
  name: 'Security: refused Client ID is nowhere',
  tags: ['security'],
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expectCanaryNowhereAfter(ctx, CANARY, async () => {
      await userEvent.type(canvas.getByLabelText(m(ctx, 'credentials.shopify.clientId')), `${CANARY}{Enter}`);
      await expect(await canvas.findByRole('alert')).toHaveTextContent(m(ctx, 'credentials.shopify.clientIdFormat'));
    });
    await expect(ctx.args.onSubmitCredential).not.toHaveBeenCalled();
  },
};

export const CanaryInvalidClientIdFr: Story = {
  ...CanaryInvalidClientId,
  name: 'Security: refused Client ID is nowhere (French)',
  globals: { locale: 'fr' },
};

const GLANCE_NAMES = [
  'clientId, clientSecret: not set',
  'clientId, clientSecret: isSet, setBy',
  'clientId: saved; clientSecret: error (from the host)',
  'clientId: isSet; clientSecret: isSet, error (the stored one kept)',
  'clientId: isSet; clientSecret: not set (read_orders not granted)',
  'userRole="viewer"',
] as const;

/** The panel's states side by side, each under the props that make it. */
export const AllStates: Story = {
  name: 'States at a glance',
  render: (args, { globals }) => {
    const [never, both, savedAndError, kept, notGranted, disabled] = GLANCE_NAMES;
    const refused = globals.locale === 'fr' ? SavedAndErrorFr.args : SavedAndError.args;
    const refusedKept = globals.locale === 'fr' ? RefusedReplacementKeptFr.args : RefusedReplacementKept.args;
    return (
      <StatesAtAGlance
        minWidth={520}
        states={[
          { name: never, node: <ShopifyCredentialsPanel {...args} {...NeverSet.args} /> },
          { name: both, node: <ShopifyCredentialsPanel {...args} {...BothSet.args} /> },
          { name: savedAndError, node: <ShopifyCredentialsPanel {...args} {...refused} /> },
          { name: kept, node: <ShopifyCredentialsPanel {...args} {...refusedKept} /> },
          { name: notGranted, node: <ShopifyCredentialsPanel {...args} {...ScopeNotGranted.args} /> },
          { name: disabled, node: <ShopifyCredentialsPanel {...args} {...Disabled.args} /> },
        ]}
      />
    );
  },
  play: async (ctx) => {
    const { canvasElement } = ctx;
    await expectStates(canvasElement, [...GLANCE_NAMES]);
    const [never, both, savedAndError, kept, , disabled] = GLANCE_NAMES;
    const replace = new RegExp(m(ctx, 'credentials.replace'));
    await expect(stateNamed(canvasElement, never).querySelectorAll('input[type="password"]')).toHaveLength(2);
    await expect(within(stateNamed(canvasElement, both)).getAllByRole('button', { name: replace })).toHaveLength(2);
    await expect(stateNamed(canvasElement, both).querySelectorAll('input')).toHaveLength(0);
    await expect(stateNamed(canvasElement, savedAndError).querySelector('[data-error]')).toHaveTextContent('401');
    await expect(stateNamed(canvasElement, kept).querySelector('p[data-kept]')).toBeVisible();
    const scopeState = (name: string) =>
      stateNamed(canvasElement, name).querySelector('[data-scope="read_orders"]')?.getAttribute('data-scope-state');
    await expect(GLANCE_NAMES.map(scopeState)).toEqual([
      'notGranted',
      'granted',
      'notGranted',
      'granted',
      'notGranted',
      'notGranted',
    ]);
    await expect(within(stateNamed(canvasElement, disabled)).queryByRole('button', { name: replace })).toBeNull();
    await expect(
      within(stateNamed(canvasElement, disabled)).getAllByText(m(ctx, 'credentials.shopify.viewerReason')),
    ).toHaveLength(2);
  },
};
