import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { z } from 'zod';
import {
  type SubmissionState,
  WriteOnlyCredentialField,
  type WriteOnlyCredentialFieldProps,
} from '../src/components/WriteOnlyCredentialField';
import type { Locale } from '../src/domain';
import type { MessageKey } from '../src/i18n';
import { translatorFor } from '../src/locales/all';
import { captureConsole, describeHits, findCanary } from '../test/helpers/canary';
import { copyOf } from './support/copy';

/** A secret that appears nowhere else: if it is found after submit, the field leaked it. */
const CANARY = 'canary-SECRET-7f3a9';
const SET_AT = '2026-04-28T09:30:00Z';

/** A host's format for a Shopify client ID, with its own (localised) message. */
const clientIdSchema = (locale: Locale) =>
  z
    .string()
    .regex(
      /^[0-9a-f]{32}$/i,
      locale === 'fr'
        ? 'Un client ID Shopify compte 32 caractères hexadécimaux (0–9, a–f).'
        : 'A Shopify client ID is 32 hexadecimal characters (0–9, a–f).',
    );
const secretSchema = z.string().min(8, 'At least 8 characters.');

const meta: Meta<typeof WriteOnlyCredentialField> = {
  title: 'Components/WriteOnlyCredentialField',
  component: WriteOnlyCredentialField,
  args: { label: 'Client Secret', isSet: false, schema: secretSchema, onSubmit: fn(), onCancel: fn() },
  argTypes: {
    schema: { control: false },
    submissionState: { control: 'inline-radio', options: ['idle', 'submitting', 'saved', 'error'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A write-only secret. Its props only say whether a value is set, when and by whom: the stored value never reaches the browser. A typed value lives in the `<input>` only; Save hands it to `onSubmit` once and clears it; Cancel and a refused value clear it too. A mask ("••••") is never sent.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<typeof WriteOnlyCredentialField>;
type Ctx = StoryContext<WriteOnlyCredentialFieldProps>;

/** The copy of the story's locale, so one play function checks both languages. */
const m = (ctx: Pick<Ctx, 'globals'>, key: MessageKey) =>
  translatorFor((ctx.globals.locale as Locale | undefined) ?? 'en')(key);

/** Runs `interaction` with the console recorded, then asserts the canary is nowhere. */
async function expectCanaryNowhereAfter(ctx: Ctx, interaction: () => Promise<void>) {
  const capture = captureConsole();
  try {
    await interaction();
  } finally {
    capture.restore();
  }
  const hits = findCanary(CANARY, { root: document, args: ctx.args, console: capture.calls });
  await expect(hits, `the canary was found:\n${describeHits(hits)}`).toEqual([]);
}

/** The field's error message (`role="alert"` only when it came after the field was shown). */
const errorOf = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-error]') as HTMLElement;

const secretInput = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLInputElement>('input[autocomplete="new-password"]');

/** Proves the detector can see the canary while it is being typed (a check that cannot fail is a defect). */
async function typeCanary(ctx: Ctx, value = CANARY) {
  const input = secretInput(ctx.canvasElement);
  if (!input) throw new Error('no credential input');
  await userEvent.type(input, value);
  await expect(input).toHaveValue(value);
  await expect(findCanary(CANARY, { root: document }).map((hit) => hit.where)).toContain('value');
  return input;
}

// ——— States ———

/** Never set: the field asks for a value, typed as a new password. */
export const NeverSet: Story = {
  name: 'Never set',
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expect(canvas.getByText(m(ctx, 'credentials.state.notSet'))).toBeVisible();
    const input = canvas.getByLabelText(ctx.args.label);
    await expect(input).toHaveAttribute('type', 'password');
    await expect(input).toHaveAttribute('autocomplete', 'new-password');
    await expect(input).toHaveAttribute('spellcheck', 'false');
    await expect(input).toHaveAttribute('autocapitalize', 'off');
    await expect(input).toHaveAttribute('autocorrect', 'off');
    await expect(input).not.toHaveAttribute('name');
    await expect(input).toHaveValue('');
    await expect(input).toHaveAccessibleDescription(m(ctx, 'credentials.writeOnlyHint'));
    await expect(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.show')) })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  },
};

/** Set: when it was set, never what. No input, no mask: only a Replace action. */
export const IsSet: Story = {
  name: 'Set (when)',
  args: { isSet: true, setAt: SET_AT },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expect(canvas.getByText(m(ctx, 'credentials.state.set'))).toBeVisible();
    const time = ctx.canvasElement.querySelector('time');
    await expect(time).toHaveAttribute('datetime', '2026-04-28T09:30:00.000Z');
    await expect(time).toHaveTextContent(
      ctx.globals.locale === 'fr' ? '28 avr. 2026, 09:30 UTC' : '28 Apr 2026, 09:30 UTC',
    );
    await expect(ctx.canvasElement.querySelector('input')).toBeNull();
    await expect(ctx.canvasElement.textContent).not.toMatch(/[•●*]{3,}/);
    await expect(
      canvas.getByRole('button', { name: `${m(ctx, 'credentials.replace')} ${ctx.args.label}` }),
    ).toBeEnabled();
  },
};

export const SetBy: Story = {
  name: 'Set (when and by whom)',
  args: { isSet: true, setAt: SET_AT, setBy: 'Camille Martin (admin)' },
  play: async (ctx) => {
    await expect(within(ctx.canvasElement).getByText(/Camille Martin \(admin\)/)).toBeVisible();
  },
};

/** Replacing a set value: an empty input (the stored value is never prefilled), Save and Cancel. */
export const Replacing: Story = {
  args: { isSet: true, setAt: SET_AT, defaultReplacing: true },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expect(canvas.getByLabelText(ctx.args.label)).toHaveValue('');
    await expect(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.cancel')) })).toBeEnabled();
  },
};

/**
 * While the host saves, the input and the buttons are inert (`aria-disabled`, read-only) but keep
 * focus: pressing Save again or Enter sends nothing, and focus never falls to `<body>`.
 */
export const Submitting: Story = {
  args: { isSet: false, submissionState: 'submitting' },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expect(canvas.getByRole('status')).toHaveTextContent(m(ctx, 'credentials.submitting'));
    const input = canvas.getByLabelText(ctx.args.label);
    await expect(input).toHaveAttribute('aria-disabled', 'true');
    await expect(input).toHaveAttribute('readonly');
    const save = canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.save')) });
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(save);
    await expect(save).toHaveFocus();
    await userEvent.click(input);
    await userEvent.keyboard('x{Enter}');
    await expect(input).toHaveValue('');
    await expect(input).toHaveFocus();
    await expect(ctx.args.onSubmit).not.toHaveBeenCalled();
  },
};

export const Saved: Story = {
  args: { isSet: true, setAt: SET_AT, submissionState: 'saved' },
  play: async (ctx) => {
    await expect(within(ctx.canvasElement).getByRole('status')).toHaveTextContent(m(ctx, 'credentials.saved'));
  },
};

/** The host's error (e.g. the store refused the value), announced and tied to the input. */
export const HostError: Story = {
  name: 'Error (from the host)',
  args: {
    isSet: true,
    setAt: SET_AT,
    defaultReplacing: true,
    submissionState: 'error',
    error: 'Shopify rejected these credentials (401). Check the value and try again.',
  },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    // Shown with the field, not news: read in order, not announced (role="alert" is for a refusal that comes later).
    await expect(canvas.queryByRole('alert')).toBeNull();
    const alert = errorOf(ctx.canvasElement);
    await expect(alert).toHaveTextContent(String(ctx.args.error));
    const input = canvas.getByLabelText(ctx.args.label);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
  },
};

/** The host's zod schema refuses the format: its message is shown, nothing is sent. */
export const ValidationError: Story = {
  name: 'Error (invalid format)',
  args: { label: 'Client ID' },
  render: (args, ctx) => (
    <WriteOnlyCredentialField {...args} schema={clientIdSchema((ctx.globals.locale as Locale) ?? 'en')} />
  ),
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await userEvent.type(canvas.getByLabelText(ctx.args.label), 'not-a-client-id');
    await userEvent.click(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.save')) }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/32/);
    await expect(canvas.getByLabelText(ctx.args.label)).toHaveAccessibleDescription(
      `${m(ctx, 'credentials.writeOnlyHint')} ${alert.textContent}`,
    );
    await expect(ctx.args.onSubmit).not.toHaveBeenCalled();
  },
};

/** `SET_AT` as the field writes it in the story's language. */
const setAtText = (ctx: Pick<Ctx, 'globals'>) =>
  ctx.globals.locale === 'fr' ? '28 avr. 2026, 09:30 UTC' : '28 Apr 2026, 09:30 UTC';

/**
 * A stored value, and the new one refused: "Set" is not told in the positive tone beside the red
 * refusal, and a sentence says a value is stored and that it is the one kept.
 */
async function expectStoredValueKept(ctx: Ctx, alert: HTMLElement) {
  const { t } = copyOf(ctx.globals);
  const canvas = within(ctx.canvasElement);
  const badge = canvas.getByText(m(ctx, 'credentials.state.set')).closest('[data-tone]');
  await expect(badge).toHaveAttribute('data-tone', 'neutral');
  await expect(badge).toHaveAttribute('data-kept', 'true');
  await expect(ctx.canvasElement.querySelector('[data-tone="positive"]')).toBeNull();
  const kept = t(ctx.args.setBy ? 'credentials.keptOnBy' : 'credentials.keptOn', {
    date: setAtText(ctx),
    name: ctx.args.setBy ?? '',
  });
  const sentence = canvas.getByText(
    (_, element) => element?.hasAttribute('data-kept') === true && element.tagName === 'P',
  );
  await expect(sentence).toBeVisible();
  await expect(sentence).toHaveTextContent(kept);
  await expect(sentence.querySelector('time')).toHaveAttribute('datetime', '2026-04-28T09:30:00.000Z');
  await expect(alert).toBeVisible();
}

/** The host refused a new value after it was sent: the stored value is kept, and the field says so. */
export const StoredValueKept: Story = {
  name: 'Stored value kept after a refusal (from the host)',
  args: {
    isSet: true,
    setAt: SET_AT,
    submissionState: 'error',
    error: 'Shopify rejected these credentials (401). Check the value and try again.',
  },
  play: async (ctx) => {
    await expect(within(ctx.canvasElement).queryByRole('alert')).toBeNull();
    const alert = errorOf(ctx.canvasElement);
    await expect(alert).toHaveTextContent('401');
    await expectStoredValueKept(ctx, alert);
    // The refused value is not in the field: only Replace is offered.
    await expect(ctx.canvasElement.querySelector('input')).toBeNull();
  },
};

/** Replacing a stored value with one the format refuses: the same sentence, tied to the input. */
export const StoredValueKeptInvalid: Story = {
  name: 'Stored value kept after an invalid replacement',
  args: { label: 'Client ID', isSet: true, setAt: SET_AT, setBy: 'Camille Martin (admin)', defaultReplacing: true },
  render: (args, ctx) => (
    <WriteOnlyCredentialField {...args} schema={clientIdSchema((ctx.globals.locale as Locale) ?? 'en')} />
  ),
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    const input = canvas.getByLabelText(ctx.args.label);
    await userEvent.type(input, 'not-a-client-id');
    await userEvent.click(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.save')) }));
    const alert = await canvas.findByRole('alert');
    await expectStoredValueKept(ctx, alert);
    await expect(input).toHaveAccessibleDescription(new RegExp(m(ctx, 'credentials.neverShown')));
    await expect(ctx.args.onSubmit).not.toHaveBeenCalled();
  },
};

/**
 * Read-only: what is stored is still told, and why it cannot be changed replaces the Replace
 * button — no control that cannot be used and says nothing.
 */
export const Disabled: Story = {
  args: { isSet: true, setAt: SET_AT, disabled: true },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expect(canvas.getByText(m(ctx, 'credentials.state.set'))).toBeVisible();
    await expect(canvas.getByText(m(ctx, 'credentials.disabledReason'))).toBeVisible();
    await expect(canvas.queryAllByRole('button')).toHaveLength(0);
    await expect(ctx.canvasElement.querySelectorAll(':disabled, [aria-disabled="true"]')).toHaveLength(0);
  },
};

/** Never set and read-only: "Not set", and the host's reason; no input to type into. */
export const DisabledNeverSet: Story = {
  name: 'Disabled (never set), with the host’s reason',
  args: { disabled: true, disabledReason: 'Only the account owner can set this secret.' },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expect(canvas.getByText(m(ctx, 'credentials.state.notSet'))).toBeVisible();
    await expect(canvas.getByText('Only the account owner can set this secret.')).toBeVisible();
    await expect(ctx.canvasElement.querySelectorAll('input, button')).toHaveLength(0);
  },
};

/** The same states in French. */
const french = (story: Story, name: string): Story => ({ ...story, name, globals: { locale: 'fr' } });
export const NeverSetFr = french(NeverSet, 'Never set (French)');
export const SetFr = french(IsSet, 'Set (French)');
export const SetByFr = french(SetBy, 'Set by whom (French)');
export const ReplacingFr = french(Replacing, 'Replacing (French)');
export const SubmittingFr = french(Submitting, 'Submitting (French)');
export const SavedFr = french(Saved, 'Saved (French)');
export const HostErrorFr: Story = {
  ...french(HostError, 'Error from the host (French)'),
  args: { ...HostError.args, error: 'Shopify a refusé ces identifiants (401). Vérifiez la valeur et réessayez.' },
};
export const ValidationErrorFr = french(ValidationError, 'Error, invalid format (French)');
export const DisabledFr = french(Disabled, 'Disabled (French)');
export const StoredValueKeptFr: Story = {
  ...french(StoredValueKept, 'Stored value kept after a refusal (French)'),
  args: { ...StoredValueKept.args, error: 'Shopify a refusé ces identifiants (401). Vérifiez la valeur et réessayez.' },
};
export const StoredValueKeptInvalidFr = french(
  StoredValueKeptInvalid,
  'Stored value kept, invalid replacement (French)',
);

// ——— Security: the canary ———

/** Submit: `onSubmit` gets the value exactly once (a double click and Enter add nothing); then it is nowhere. */
export const CanarySubmit: Story = {
  name: 'Security: submitted secret is nowhere',
  tags: ['security'],
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expectCanaryNowhereAfter(ctx, async () => {
      const input = await typeCanary(ctx);
      const save = canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.save')) });
      await userEvent.dblClick(save);
      await userEvent.type(input, '{Enter}');
      await expect(input).toHaveValue('');
      await expect(input).toHaveAttribute('type', 'password');
    });
    await expect(ctx.args.onSubmit).toHaveBeenCalledTimes(1);
    await expect(ctx.args.onSubmit).toHaveBeenCalledWith(CANARY);
  },
};

/** Cancel on a field never set: the input stays, empty; nothing is sent. */
export const CanaryCancel: Story = {
  name: 'Security: cancelled secret is nowhere',
  tags: ['security'],
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expectCanaryNowhereAfter(ctx, async () => {
      const input = await typeCanary(ctx);
      await userEvent.click(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.cancel')) }));
      await expect(input).toHaveValue('');
    });
    await expect(ctx.args.onSubmit).not.toHaveBeenCalled();
    await expect(ctx.args.onCancel).toHaveBeenCalledTimes(1);
  },
};

/** Cancel while replacing a set value (button, then Escape): nothing is sent and the typed value is gone. */
export const CanaryCancelReplacing: Story = {
  name: 'Security: cancelled replacement is nowhere',
  tags: ['security'],
  args: { isSet: true, setAt: SET_AT },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expectCanaryNowhereAfter(ctx, async () => {
      await userEvent.click(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.replace')) }));
      await typeCanary(ctx);
      await userEvent.click(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.cancel')) }));
      await expect(ctx.canvasElement.querySelector('input')).toBeNull();
      // Focus returns to Replace, which opens an empty input again.
      await expect(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.replace')) })).toHaveFocus();
      await userEvent.click(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.replace')) }));
      await expect(canvas.getByLabelText(ctx.args.label)).toHaveValue('');
      await expect(canvas.getByLabelText(ctx.args.label)).toHaveFocus();
      await userEvent.keyboard('{Escape}');
    });
    await expect(ctx.args.onSubmit).not.toHaveBeenCalled();
    await expect(ctx.args.onCancel).toHaveBeenCalledTimes(2);
  },
};

/** A value the host schema refuses: the error is shown, nothing is sent, and the value is not kept. */
export const CanaryValidationError: Story = {
  name: 'Security: refused secret is nowhere',
  tags: ['security'],
  args: { label: 'Client ID' },
  render: (args) => <WriteOnlyCredentialField {...args} schema={clientIdSchema('en')} />,
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await expectCanaryNowhereAfter(ctx, async () => {
      await typeCanary(ctx);
      await userEvent.click(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.save')) }));
      await expect(await canvas.findByRole('alert')).toHaveTextContent('32 hexadecimal characters');
    });
    await expect(ctx.args.onSubmit).not.toHaveBeenCalled();
  },
};

/** A mask typed or pasted back is refused, never sent. */
export const MaskNeverSent: Story = {
  name: 'Security: a mask is never sent',
  tags: ['security'],
  args: { isSet: true, setAt: SET_AT, defaultReplacing: true },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    await userEvent.type(canvas.getByLabelText(ctx.args.label), '••••••••{Enter}');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(m(ctx, 'credentials.maskRejected'));
    await expect(ctx.args.onSubmit).not.toHaveBeenCalled();
  },
};

const HOST_REFUSAL = 'Shopify rejected these credentials (401). Check the value and try again.';

/**
 * A host that refuses the first submission and saves the second: the field re-renders with new
 * props (submitting, then error with the field still open, its input mounted; then submitting,
 * saved and set).
 */
function HostSimulation(args: WriteOnlyCredentialFieldProps) {
  const [state, setState] = useState<{
    submissionState: SubmissionState;
    isSet: boolean;
    setAt?: string;
    error?: string;
  }>({
    submissionState: 'idle',
    isSet: false,
  });
  const submissions = useRef(0);
  return (
    <WriteOnlyCredentialField
      {...args}
      {...state}
      onSubmit={(value) => {
        args.onSubmit(value);
        submissions.current += 1;
        const refused = submissions.current === 1;
        setState({ submissionState: 'submitting', isSet: false });
        setTimeout(
          () =>
            setState(
              refused
                ? { submissionState: 'error', isSet: false, error: HOST_REFUSAL }
                : { submissionState: 'saved', isSet: true, setAt: SET_AT },
            ),
          50,
        );
      }}
    />
  );
}

/**
 * After the host re-renders the field while it stays open (submitting → error: the same `<input>`
 * stays mounted, so a value kept in it would still be there to find), then again (submitting →
 * saved → set), then Replace: still nowhere.
 */
export const CanaryRerender: Story = {
  name: 'Security: secret is nowhere after re-renders',
  tags: ['security'],
  render: (args) => <HostSimulation {...args} />,
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    const save = () => canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.save')) });
    let input: HTMLInputElement | undefined;
    await expectCanaryNowhereAfter(ctx, async () => {
      input = await typeCanary(ctx);
      await userEvent.click(save());
      // Saving: Save is inert but keeps focus (it was disabled before, and focus fell to `<body>`).
      await expect(save()).toHaveFocus();
      await expect(await canvas.findByRole('alert')).toHaveTextContent(HOST_REFUSAL);
      await waitFor(() => expect(save()).not.toHaveAttribute('aria-disabled'));
      await expect(save()).toHaveFocus();
    });
    // The field never left its editing state: the very input the canary was typed into is still on the page.
    await expect(secretInput(ctx.canvasElement)).toBe(input);
    await expect(input).toHaveValue('');
    await expectCanaryNowhereAfter(ctx, async () => {
      await typeCanary(ctx);
      await userEvent.click(save());
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(m(ctx, 'credentials.saved')));
      await expect(canvas.getByText(m(ctx, 'credentials.state.set'))).toBeVisible();
      // Stored: the input and Save left the page with focus on Save; focus went to Replace, not `<body>`.
      await expect(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.replace')) })).toHaveFocus();
    });
    await expectCanaryNowhereAfter(ctx, async () => {
      await userEvent.click(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.replace')) }));
      await expect(canvas.getByLabelText(ctx.args.label)).toHaveValue('');
    });
    await expect(ctx.args.onSubmit).toHaveBeenCalledTimes(2);
    await expect(ctx.args.onSubmit).toHaveBeenNthCalledWith(1, CANARY);
    await expect(ctx.args.onSubmit).toHaveBeenNthCalledWith(2, CANARY);
  },
};

/** Show reveals only what is being typed: the input's own value, nowhere else; Hide masks it again. */
export const ShowHide: Story = {
  name: 'Security: show/hide reveals only the typed value',
  tags: ['security'],
  args: { isSet: true, setAt: SET_AT, defaultReplacing: true },
  play: async (ctx) => {
    const canvas = within(ctx.canvasElement);
    const input = canvas.getByLabelText(ctx.args.label);
    const toggle = canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.show')) });
    // Nothing stored is revealed: the input starts empty and stays empty when shown.
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(input).toHaveAttribute('type', 'text');
    await expect(input).toHaveValue('');
    await userEvent.click(toggle);
    await typeCanary(ctx);
    await userEvent.click(toggle);
    await expect(input).toHaveAttribute('type', 'text');
    await expect(input).toHaveValue(CANARY);
    // The only place the canary is: the input's own value (no text, no attribute, no state).
    const hits = findCanary(CANARY, { root: document, args: ctx.args });
    await expect(hits).toEqual([{ where: 'value', detail: expect.stringContaining('<input') }]);
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(input).toHaveAttribute('type', 'password');
    await expectCanaryNowhereAfter(ctx, async () => {
      await userEvent.click(canvas.getByRole('button', { name: new RegExp(m(ctx, 'credentials.cancel')) }));
    });
  },
};

/** French, end to end: submit, then nowhere. */
export const CanarySubmitFr: Story = { ...french(CanarySubmit, 'Security: submitted secret is nowhere (French)') };

// ——— Every state at once ———

const ALL_STATES: Array<[string, Partial<WriteOnlyCredentialFieldProps>]> = [
  ['Never set', {}],
  ['Set', { isSet: true, setAt: SET_AT }],
  ['Set by', { isSet: true, setAt: SET_AT, setBy: 'Camille Martin (admin)' }],
  ['Replacing', { isSet: true, setAt: SET_AT, defaultReplacing: true }],
  ['Submitting', { submissionState: 'submitting' }],
  ['Saved', { isSet: true, setAt: SET_AT, submissionState: 'saved' }],
  ['Error', { isSet: true, setAt: SET_AT, submissionState: 'error' }],
  ['Disabled', { isSet: true, setAt: SET_AT, disabled: true }],
];

/** The host's refusal, as a host would word it in the story's language (host text is shown as given). */
const SHORT_REFUSAL: Record<Locale, string> = {
  en: 'Shopify rejected these credentials (401).',
  fr: 'Shopify a refusé ces identifiants (401).',
};

function Matrix({ locale, ...args }: WriteOnlyCredentialFieldProps & { locale: Locale }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))', gap: 12 }}>
      {ALL_STATES.map(([name, props]) => (
        <WriteOnlyCredentialField
          key={name}
          {...args}
          label={`Client Secret — ${name}`}
          {...props}
          {...(props.submissionState === 'error' ? { error: SHORT_REFUSAL[locale] } : {})}
        />
      ))}
    </div>
  );
}

export const AllStates: Story = {
  name: 'States at a glance',
  render: (args, ctx) => <Matrix {...args} locale={(ctx.globals.locale as Locale | undefined) ?? 'en'} />,
  play: async (ctx) => {
    const states = [...ctx.canvasElement.querySelectorAll('[data-state]')].map((el) => el.getAttribute('data-state'));
    await expect(states).toEqual(['not-set', 'set', 'set', 'replacing', 'not-set', 'set', 'set', 'set']);
    // The read-only one says why instead of showing a Replace button it cannot use.
    await expect(within(ctx.canvasElement).getByText(m(ctx, 'credentials.disabledReason'))).toBeVisible();
    await expect(ctx.canvasElement.querySelectorAll('time')).toHaveLength(6);
  },
};

export const AllStatesFr: Story = { ...french(AllStates, 'All states (French)') };
