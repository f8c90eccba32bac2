import type { ReactNode } from 'react';
import {
  CONNECTION_TONE,
  FRESHNESS_TONE,
  SEVERITY_TONE,
  SYNC_STATUS_TONE,
} from '../../src/components/StatusBadge/tones';
import { FLAG_SEVERITY } from '../../src/domain/flags';
import type { MessageKey } from '../../src/i18n/catalogues';
import { UNTRANSLATED_TERMS } from '../../src/i18n/glossary';
import { catalogues } from '../../src/locales/all';
import { ToneIcon } from '../../src/private/ToneIcon';
import type { Tone } from '../../src/theme/tokens';

/**
 * The Vocabulary docs page's tables, rendered from the catalogues and the tone maps the components
 * use, so the page cannot say something the code does not.
 */

const VOCABULARIES = {
  syncStatus: SYNC_STATUS_TONE,
  connection: CONNECTION_TONE,
  freshness: FRESHNESS_TONE,
  severity: SEVERITY_TONE,
} as const satisfies Record<string, Readonly<Record<string, Tone>>>;

const words = (key: string) => ({
  en: catalogues.en[key as MessageKey],
  fr: catalogues.fr[key as MessageKey],
});

function ToneCell({ tone }: { tone: Tone }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <ToneIcon tone={tone} />
      <code>{tone}</code> ({words(`tone.${tone}`).en} / <span lang="fr">{words(`tone.${tone}`).fr}</span>)
    </span>
  );
}

function Table({ head, rows }: { head: readonly string[]; rows: ReactNode[][] }) {
  return (
    <table>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell}>{cell}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed table, never reordered
          <tr key={index}>
            {row.map((cell, column) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed row, never reordered
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each value of one status vocabulary: its one label in English and French, its tone and icon. */
export function StatusVocabulary({ of }: { of: keyof typeof VOCABULARIES }) {
  const tones: Readonly<Record<string, Tone>> = VOCABULARIES[of];
  return (
    <Table
      head={['value', 'English', 'French', 'tone and icon']}
      rows={Object.entries(tones).map(([value, tone]) => {
        const { en, fr } = words(`${of}.${value}`);
        return [
          <code key="v">{value}</code>,
          en,
          <span key="f" lang="fr">
            {fr}
          </span>,
          <ToneCell key="t" tone={tone} />,
        ];
      })}
    />
  );
}

/** The six flag messages: the seed's English word for word, and the French. */
export function FlagMessages() {
  return (
    <Table
      head={['code', 'severity', 'English (the seed, word for word)', 'French']}
      rows={Object.entries(FLAG_SEVERITY).map(([code, severity]) => {
        const { en, fr } = words(`flag.${code}`);
        return [
          <code key="c">{code}</code>,
          <code key="s">{severity}</code>,
          en,
          <span key="f" lang="fr">
            {fr}
          </span>,
        ];
      })}
    />
  );
}

/** Every message of a prefix (e.g. `health.metric.`), English and French. */
export function MessagesOf({ prefix }: { prefix: string }) {
  return (
    <Table
      head={['key', 'English', 'French']}
      rows={Object.keys(catalogues.en)
        .filter((key) => key.startsWith(prefix))
        .map((key) => {
          const { en, fr } = words(key);
          return [
            <code key="k">{key}</code>,
            en,
            <span key="f" lang="fr">
              {fr}
            </span>,
          ];
        })}
    />
  );
}

/** The product words kept as they are in French (src/i18n/glossary.ts). */
export function Glossary() {
  return (
    <p>
      {UNTRANSLATED_TERMS.map((term, index) => (
        <span key={term}>
          {index > 0 ? ', ' : null}
          <q lang="en">{term}</q>
        </span>
      ))}
    </p>
  );
}
