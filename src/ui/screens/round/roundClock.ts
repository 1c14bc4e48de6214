import type { RoundSession } from '../../../ports/round.ts';
import type { SoundPlayer } from '../../../ports/sound.ts';
import { t } from '../../../i18n/index.ts';
import { h } from '../../dom.ts';
import type { CountdownPort } from '../../../ports/countdown.ts';
import { msToNextCountdownChange } from '../../../core/round/countdown.ts';

/** Seconds left at which the remaining time is announced to screen readers (not every second). */
const ANNOUNCE_AT = [30, 10, 5];
/** The countdown ticks audibly for the last seconds. */
const TICK_FROM_S = 5;

/**
 * The round's clock as the student sees and hears it: the seconds in the bar, the countdown on
 * the map, the ticks of the last seconds and the announcements at 30, 10 and 5 s. `frame` brings
 * them up to date (and moves the round on when the time runs out); it returns in how many ms it has
 * something new to show, or null while the time stands still (answered, paused, untimed).
 */
export function roundClock(session: RoundSession, countdown: CountdownPort, sound: SoundPlayer) {
  const timeText = h('p', { class: 'time-left', 'data-testid': 'time-left' });
  const announce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  let lastWholeSecond = -1;

  function frame(): number | null {
    session.tick();
    const s = session.state;
    const left = session.remainingMs();
    if (s.phase !== 'asking' && left !== null) {
      // Stopped (answered, paused, or the time ran out on this very frame): the bar shows the time as it
      // stands, so a time-out reads 0 s, not the 1 s of the frame before.
      const text = t('round.timeLeft', { seconds: Math.ceil(left / 1000) });
      if (timeText.textContent !== text) timeText.textContent = text;
    } else if (left !== null) {
      countdown.show(left, session.timeLimitMs());
      const secs = Math.ceil(left / 1000);
      if (secs !== lastWholeSecond) {
        // Only on change: a DOM write (or a translation) every frame costs each frame, and the
        // camera flies while the clock runs.
        const text = t('round.timeLeft', { seconds: secs });
        if (timeText.textContent !== text) timeText.textContent = text;
        if (lastWholeSecond !== -1 && secs <= TICK_FROM_S && secs > 0) sound.play('tick');
        // Said when the time comes down to it, not when a question starts with it (a 30 s question
        // does not open with "30 seconds left": its time is in the bar).
        if (ANNOUNCE_AT.includes(secs) && secs < Math.ceil((session.timeLimitMs() ?? 0) / 1000))
          announce.textContent = t('round.secondsLeft', { count: secs });
        lastWholeSecond = secs;
      }
      return msToNextCountdownChange(left, session.timeLimitMs());
    } else if (s.phase === 'asking' && lastWholeSecond !== 0) {
      lastWholeSecond = 0;
      const text = t('round.untimed');
      // Said to screen readers; on screen the bar keeps its room for Pause and Stop (no ring, no clock).
      if (timeText.textContent !== text) {
        timeText.textContent = text;
        timeText.classList.add('visually-hidden');
      }
    }
    return null;
  }

  return {
    timeText,
    announce,
    frame,
    /**
     * A new question: its seconds are counted afresh, and the bar shows them at once, in the task
     * that shows the question (not the previous question's time until the next frame).
     */
    reset(): void {
      lastWholeSecond = -1;
      announce.textContent = '';
      const left = session.remainingMs();
      if (left === null) return;
      const text = t('round.timeLeft', { seconds: Math.ceil(left / 1000) });
      if (timeText.textContent !== text) timeText.textContent = text;
    },
  };
}
