import type { DeckState } from '../../../shared/deck';
import type { HoursStatus, OperatorStatus } from '../../../shared/ipc';
import { clockText, dateText, say } from './operator-text';

export type Tone = 'ok' | 'warn' | 'error';

/** Opening hours in a sentence: scheduled, or set by hand until when. */
export function hoursSentence(hours: HoursStatus | undefined): string {
  if (!hours) return say('hoursNone');
  const { override } = hours;
  if (override) {
    if (override.until === null) return say(override.open ? 'hoursOpenedByHandForGood' : 'hoursClosedByHandForGood');
    return say(override.open ? 'hoursOpenedByHand' : 'hoursClosedByHand', { time: clockText(override.until) });
  }
  if (!hours.scheduled) return say('hoursNone');
  if (hours.open)
    return hours.nextChange === null ? say('hoursNone') : say('hoursOpenUntil', { time: clockText(hours.nextChange) });
  if (hours.reopensAt === null) return say('hoursClosedByHandForGood');
  return say('hoursClosedUntil', {
    day: hours.reopensInDays === 0 ? 'today' : hours.reopensInDays === 1 ? 'tomorrow' : 'other',
    date: dateText(hours.reopensAt),
    time: clockText(hours.reopensAt),
  });
}

/**
 * The status line: how the kiosk is, in one colour-coded sentence or two, cause and next step
 * first — content, then settings, then a pause or the opening hours when they change what shows.
 */
export function describeStatus(status: OperatorStatus, state: DeckState): { tone: Tone; text: string } {
  const sentences: string[] = [];
  let tone: Tone = 'ok';
  const groups = status.problemGroups ?? [];
  const failed = groups.find((g) => g.role === 'failed' && g.origin === 'custom');
  const settings = groups.find((g) => g.role === 'settings');
  if (status.contentStatus === 'out-of-service') {
    tone = 'error';
    sentences.push(say('statusOutOfService', { cause: status.outOfServiceReason ? 'crashes' : 'content' }));
  } else if (status.contentStatus === 'fallback' && failed) {
    tone = 'warn';
    const firstError = failed.problems.find((p) => p.severity === 'error') ?? failed.problems[0];
    sentences.push(
      say('statusFallback', {
        dir: failed.where ?? '',
        count: failed.problems.length,
        file: firstError?.file ?? 'deck.json',
      }),
    );
  } else {
    const warnings = groups.filter((g) => g.role === 'playing').reduce((n, g) => n + g.problems.length, 0);
    if (warnings > 0) {
      tone = 'warn';
      sentences.push(say('statusWarnings', { count: warnings }));
    } else if (status.contentOrigin === 'custom' && status.contentDir) {
      sentences.push(say('statusOkCustom', { dir: status.contentDir, slides: state.slideCount }));
    } else {
      sentences.push(say('statusOkBundled', { slides: state.slideCount }));
    }
  }
  if (settings) {
    if (tone === 'ok') tone = 'warn';
    sentences.push(say('statusSettings', { count: settings.problems.length }));
  }
  if (status.contentStatus !== 'out-of-service') {
    if (state.paused) sentences.push(say('statusPaused', { slide: state.index + 1 }));
    if (status.hours && (!status.hours.open || status.hours.override)) sentences.push(hoursSentence(status.hours));
  }
  return { tone, text: sentences.join(' ') };
}

/** The colour-coded line at the top of the panel. */
export function StatusLine({ status, state }: { status: OperatorStatus | null; state: DeckState }) {
  const { tone, text } = status ? describeStatus(status, state) : { tone: 'ok' as const, text: say('statusLoading') };
  return (
    <p
      className={`operator-status operator-status-${tone}`}
      role="status"
      data-testid="operator-status-line"
      data-tone={tone}
    >
      {text}
    </p>
  );
}
