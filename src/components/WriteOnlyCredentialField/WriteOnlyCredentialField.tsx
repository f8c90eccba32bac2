import { forwardRef, type KeyboardEvent, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import type * as z from 'zod/mini';
import { formatInstant, interpolateNodes, isValidInstant, markEnglish, useI18n } from '../../i18n';
import { Button } from '../../private/Button/Button';
import { control } from '../../private/control.css';
import { cx } from '../../private/cx';
import { useArrived } from '../../private/Notice/news';
import type { RootProps } from '../../private/props';
import { ToneIcon } from '../../private/ToneIcon';
import { Text } from '../../private/Typography/Typography';
import { textSize, textWeight } from '../../private/Typography/Typography.css';
import { toneBorder, toneText } from '../../private/tone.css';
import { useBrowserLayoutEffect } from '../../private/useBrowserLayoutEffect';
import { visuallyHidden } from '../../theme/utilities.css';
import { Badge } from '../Badge/Badge';
import { checkCredentialValue } from './value';
import * as styles from './WriteOnlyCredentialField.css';

/** What the host reports about the last submission of a credential. */
export type SubmissionState = 'idle' | 'submitting' | 'saved' | 'error';

export type WriteOnlyCredentialFieldProps = RootProps<
  'div',
  {
    /** The field's name, e.g. "Client Secret". */
    label: string;
    /** Help shown under the label while typing. @default the catalogue's write-only hint */
    hint?: string;
    /** Whether a value is stored. The stored value itself never reaches this component. */
    isSet: boolean;
    /** When the stored value was set (ISO string or Date); formatted in the current locale. */
    setAt?: string | Date;
    /** Who set it, e.g. "Camille (admin)". */
    setBy?: string;
    /** Time zone `setAt` is shown in. @default 'UTC' */
    timeZone?: string;
    /** The host's state of the last submission. @default 'idle' */
    submissionState?: SubmissionState;
    /** The host's error message, shown when `submissionState` is `'error'`. */
    error?: string;
    /**
     * Format the typed value must match (a `zod` or `zod/mini` schema), checked on submit; its first
     * issue's message is shown.
     */
    schema?: z.core.$ZodType<string>;
    /** Receives a newly typed value, once per submission. Never receives a mask or an empty value. */
    onSubmit: (value: string) => void;
    /** Called when the person cancels typing (the typed value is discarded first). */
    onCancel?: () => void;
    /**
     * Read-only (e.g. the person's role may not change it): no input and no action are rendered,
     * and `disabledReason` says why instead of a control that cannot be used. @default false
     */
    disabled?: boolean;
    /** Why the value cannot be changed, shown when `disabled`. @default the catalogue's "You cannot change this value here." */
    disabledReason?: string;
    /** Open a set field in the "replacing" state. @default false */
    defaultReplacing?: boolean;
  }
>;

/**
 * A write-only secret: shows whether a value is set (and when, and by whom), never the value.
 * A newly typed value lives only in the uncontrolled `<input>` (never in React state, props or an
 * attribute); Save hands it to `onSubmit` once and clears the input; Cancel, and a value the
 * schema refuses, clear it too. The format a value must have belongs in `hint`, shown (and read
 * as the input's description) before anything is typed.
 *
 * Focus: Replace moves it to the input; Save and Cancel while replacing move it back to Replace.
 * While the host saves (`submissionState: 'submitting'`) the input and buttons stay focusable but
 * inert (`aria-disabled`, read-only), so focus stays where it was; when the host then reports the
 * value stored, focus goes from the input or buttons that disappear to Replace. A refused value
 * moves focus to the input.
 */
export const WriteOnlyCredentialField = forwardRef<HTMLDivElement, WriteOnlyCredentialFieldProps>(
  function WriteOnlyCredentialField(
    {
      label,
      hint,
      isSet,
      setAt,
      setBy,
      timeZone = 'UTC',
      submissionState = 'idle',
      error,
      schema,
      onSubmit,
      onCancel,
      disabled = false,
      disabledReason,
      defaultReplacing = false,
      className,
      ...rest
    },
    ref,
  ) {
    const { t, intlLocale, locale } = useI18n();
    const id = useId();
    const ids = {
      label: `${id}-label`,
      input: `${id}-input`,
      hint: `${id}-hint`,
      error: `${id}-error`,
      stored: `${id}-stored`,
      reason: `${id}-reason`,
    };
    const rootRef = useRef<HTMLDivElement>(null);
    useImperativeHandle(ref, () => rootRef.current as HTMLDivElement, []);
    const inputRef = useRef<HTMLInputElement>(null);
    const replaceRef = useRef<HTMLButtonElement>(null);
    const reasonRef = useRef<HTMLParagraphElement>(null);
    /** Set after a submission until the person types again: a second click cannot submit twice. */
    const lockedRef = useRef(false);
    const [replacing, setReplacing] = useState(defaultReplacing && isSet);
    const [revealed, setRevealed] = useState(false);
    const [localError, setLocalError] = useState<string | null>(null);
    /** Where focus goes after the input appears or disappears (Replace ↔ input). */
    const [moveFocus, setMoveFocus] = useState<'input' | 'replace' | null>(null);

    const editing = !disabled && (!isSet || replacing);
    const busy = submissionState === 'submitting';
    const shownError = localError ?? (submissionState === 'error' && error ? error : null);
    const state = !isSet ? 'not-set' : replacing ? 'replacing' : 'set';
    /** A value is stored and a new one was refused: the field says the stored value is kept. */
    const kept = isSet && shownError !== null;
    /** A refusal that came after the field was shown (the person's own submission) is announced; one it was shown with is content. */
    const errorArrived = useArrived(shownError !== null);
    /** The field's name, its English words marked on a page in another language ("Client ID" in French). */
    const named = markEnglish(label, locale);

    useEffect(() => {
      if (moveFocus === null) return;
      (moveFocus === 'input' ? inputRef : replaceRef).current?.focus();
      setMoveFocus(null);
    }, [moveFocus]);

    // The host stored the value (not set → set): the input and its buttons leave the page. When
    // focus was on one of them it would fall to `<body>`; it goes to Replace instead. Noted before
    // the commit removes them, acted on after it.
    const focusWasInside = useRef(false);
    focusWasInside.current =
      typeof document !== 'undefined' && rootRef.current !== null && rootRef.current.contains(document.activeElement);
    const wasEditing = useRef(editing);
    // In the commit itself, not after paint: no frame has focus on `<body>`.
    useBrowserLayoutEffect(() => {
      const left = wasEditing.current && !editing;
      wasEditing.current = editing;
      if (!left || !focusWasInside.current) return;
      const active = document.activeElement;
      // To Replace; or, when the host locked the field meanwhile, to the sentence that says why.
      if (active === null || active === document.body) (replaceRef.current ?? reasonRef.current)?.focus();
    }, [editing]);

    function discardTyped() {
      if (inputRef.current) inputRef.current.value = '';
      setRevealed(false);
    }

    /** Typing ends (saved or cancelled): the value and the error go; a replacing field shows Replace again, with focus. */
    function stopTyping() {
      discardTyped();
      setLocalError(null);
      if (replacing) {
        setReplacing(false);
        setMoveFocus('replace');
      }
    }

    function submit() {
      const input = inputRef.current;
      if (!input || disabled || busy || lockedRef.current) return;
      const check = checkCredentialValue(input.value, schema);
      if (!check.ok) {
        // A refused value is not kept either: the person types or pastes it again.
        discardTyped();
        setLocalError(
          check.reason === 'empty'
            ? t('credentials.required')
            : check.reason === 'mask'
              ? t('credentials.maskRejected')
              : check.message || t('credentials.invalid'),
        );
        input.focus();
        return;
      }
      lockedRef.current = true;
      stopTyping();
      onSubmit(check.value);
    }

    function cancel() {
      if (busy) return;
      stopTyping();
      onCancel?.();
    }

    function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
      if (event.key === 'Enter') {
        event.preventDefault();
        submit();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        cancel();
      }
    }

    const LabelTag = editing ? 'label' : 'span';
    return (
      <div
        ref={rootRef}
        className={cx(styles.root, className)}
        data-state={state}
        data-submission={submissionState}
        aria-busy={busy || undefined}
        {...rest}
      >
        <div className={styles.row}>
          <LabelTag
            id={ids.label}
            className={cx(textSize.md, textWeight.bold)}
            {...(editing ? { htmlFor: ids.input } : {})}
          >
            {named}
          </LabelTag>
          {/* Beside a refusal, "Set" is not told in the positive tone: the sentence below says which value is kept. */}
          <Badge tone={isSet && !kept ? 'positive' : 'neutral'} data-kept={kept || undefined}>
            {t(isSet ? 'credentials.state.set' : 'credentials.state.notSet')}
          </Badge>
        </div>

        {isSet ? (
          <SetAt id={ids.stored} setAt={setAt} setBy={setBy} timeZone={timeZone} locale={intlLocale} kept={kept} />
        ) : null}

        {editing ? (
          <>
            <Text id={ids.hint} size="sm" tone="muted">
              {markEnglish(hint ?? t('credentials.writeOnlyHint'), locale)}
            </Text>
            <div className={styles.row}>
              <input
                ref={inputRef}
                id={ids.input}
                className={cx(control, styles.input, shownError ? toneBorder.critical : null)}
                type={revealed ? 'text' : 'password'}
                autoComplete="new-password"
                spellCheck={false}
                autoCapitalize="off"
                autoCorrect="off"
                readOnly={busy}
                aria-disabled={busy || undefined}
                aria-invalid={shownError ? true : undefined}
                aria-describedby={shownError ? `${ids.hint} ${ids.error}${kept ? ` ${ids.stored}` : ''}` : ids.hint}
                onInput={() => {
                  lockedRef.current = false;
                  if (localError) setLocalError(null);
                }}
                onKeyDown={onKeyDown}
              />
              <Button
                aria-pressed={revealed}
                aria-controls={ids.input}
                aria-disabled={busy || undefined}
                onClick={() => {
                  if (!busy) setRevealed((value) => !value);
                }}
              >
                {t('credentials.show')}
                <span className={visuallyHidden}> {t('credentials.showWhat')}</span>
              </Button>
            </div>
            <div className={styles.row}>
              <Button variant="primary" aria-disabled={busy || undefined} onClick={submit}>
                {t('credentials.save')}
                <span className={visuallyHidden}> {named}</span>
              </Button>
              <Button aria-disabled={busy || undefined} onClick={busy ? undefined : cancel}>
                {t('credentials.cancel')}
                <span className={visuallyHidden}> {named}</span>
              </Button>
            </div>
          </>
        ) : disabled ? (
          // No control that cannot be used: the reason is told instead, in the reading order.
          <Text
            ref={reasonRef}
            id={ids.reason}
            tabIndex={-1}
            size="sm"
            tone="muted"
            className={styles.message}
            data-reason=""
          >
            <ToneIcon tone="info" />
            <span>{disabledReason ?? t('credentials.disabledReason')}</span>
          </Text>
        ) : (
          <div className={styles.row}>
            <Button
              ref={replaceRef}
              aria-disabled={busy || undefined}
              onClick={() => {
                if (busy) return;
                lockedRef.current = false;
                setReplacing(true);
                setMoveFocus('input');
              }}
            >
              {t('credentials.replace')}
              <span className={visuallyHidden}> {named}</span>
            </Button>
          </div>
        )}

        {shownError ? (
          <Text
            id={ids.error}
            role={errorArrived ? 'alert' : undefined}
            data-error=""
            size="sm"
            weight="medium"
            tone="inherit"
            className={cx(styles.message, toneText.critical)}
          >
            <ToneIcon tone="critical" />
            <span>{markEnglish(shownError, locale)}</span>
          </Text>
        ) : null}
        <Text role="status" size="sm" className={cx(styles.message, styles.status)}>
          {submissionState === 'submitting' ? (
            <>
              <ToneIcon tone="info" />
              {t('credentials.submitting')}
            </>
          ) : submissionState === 'saved' ? (
            <>
              <ToneIcon tone="positive" />
              {t('credentials.saved')}
            </>
          ) : null}
        </Text>
      </div>
    );
  },
);

/**
 * "Set on 3 May 2026, 09:30 UTC by Camille", in a `<time>`, and a reminder the value is never shown.
 * With `kept` (a new value was refused), it says a value is stored and that it is the one kept.
 */
function SetAt({
  id,
  setAt,
  setBy,
  timeZone,
  locale,
  kept,
}: {
  id: string;
  setAt?: string | Date;
  setBy?: string;
  timeZone: string;
  locale: string;
  kept: boolean;
}) {
  const { t } = useI18n();
  const iso = setAt instanceof Date ? (Number.isNaN(setAt.getTime()) ? '' : setAt.toISOString()) : (setAt ?? '');
  const known = iso !== '' && isValidInstant(iso);
  const time = known ? (
    <time dateTime={new Date(iso).toISOString()}>{formatInstant(iso, locale, timeZone)}</time>
  ) : null;
  if (kept) {
    return (
      <Text id={id} size="sm" data-kept="">
        {time
          ? interpolateNodes(t(setBy ? 'credentials.keptOnBy' : 'credentials.keptOn'), { date: time, name: setBy })
          : t('credentials.kept')}{' '}
        {t('credentials.neverShown')}
      </Text>
    );
  }
  return (
    <Text id={id} size="sm" tone="muted">
      {time ? (
        <>{interpolateNodes(t(setBy ? 'credentials.setOnBy' : 'credentials.setOn'), { date: time, name: setBy })} </>
      ) : null}
      {t('credentials.neverShown')}
    </Text>
  );
}
