/** What the operator panel says about analytics, in plain words, for each state main reports. */
import { describe, expect, it } from 'vitest';
import { describeAnalyticsHealth } from '../../../src/renderer/src/operator/analytics-health';

const writing = {
  writing: true,
  stoppedReason: null,
  heldInMemory: 0,
  lostInMemory: 0,
  rotationBlocked: null,
  lastError: null,
  retryAt: null,
};

describe('describeAnalyticsHealth', () => {
  it('says nothing alarming while recording', () => {
    expect(describeAnalyticsHealth(writing)).toEqual({ alert: false, lines: ['Recording normally.'] });
  });

  it('a full disk: not recording, why, when it retries, how many events wait', () => {
    const retryAt = new Date(2026, 0, 5, 14, 5).getTime(); // local time, as the panel shows it
    const { alert, lines } = describeAnalyticsHealth({
      ...writing,
      writing: false,
      stoppedReason: 'the disk is full',
      heldInMemory: 1234,
      lastError: 'ENOSPC: no space left on device, write',
      retryAt,
    });
    expect(alert).toBe(true);
    expect(lines).toEqual([
      'Not recording: the disk is full. It tries again at 14:05.',
      '1,234 events waiting in memory; they are written once the disk works again (lost if the app stops before).',
    ]);
  });

  it('events lost from memory are an alert even once writing works again', () => {
    const { alert, lines } = describeAnalyticsHealth({ ...writing, lostInMemory: 1 });
    expect(alert).toBe(true);
    expect(lines).toContain('1 event lost: memory for waiting events was full.');
  });

  it('a blocked rotation: still recording, nothing lost, what to do', () => {
    const { alert, lines } = describeAnalyticsHealth({
      ...writing,
      rotationBlocked: 'the file is open in another program',
    });
    expect(alert).toBe(false);
    expect(lines[1]).toMatch(/could not be rotated \(the file is open in another program\); nothing is lost/);
  });
});
