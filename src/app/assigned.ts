/**
 * A teacher's round opened from a link (`#r=<payload>`): the start screen, the round played
 * exactly as set, and the result code at the end. Rules live in core/assigned and core/share;
 * this file only moves between screens.
 */
import { assignedRoundConfig, resultOfRound } from '../core/assigned/round.ts';
import type { ContentPack } from '../core/content/types.ts';
import type { RoundConfig, RoundState, TimeScale } from '../core/round/types.ts';
import type { Settings } from '../core/settings.ts';
import { TIME_SCALES } from '../core/settings.ts';
import { assignmentHash, type Assignment } from '../core/share/assignment.ts';
import { packRef, packRefs } from '../core/share/packRef.ts';
import { isPlainText } from '../core/share/plainText.ts';
import { RESULT_LIMITS } from '../core/share/result.ts';
import { encodeResultCode } from '../core/share/resultCode.ts';
import { encodeResultFile } from '../core/share/resultFile.ts';
import { errorMessage } from '../i18n/errorMessages.ts';
import type { RecordStore, StorageProblem } from '../core/storage/index.ts';
import { valibotValidator } from '../core/storage/valibot.ts';
import * as v from 'valibot';
import { availableLanguages, currentLanguage, setLanguage, t } from '../i18n/index.ts';
import { safeFileName } from '../ui/download.ts';
import { assignedScreen, linkErrorScreen } from '../ui/screens/assigned/assignedScreen.ts';
import { resultPanel } from '../ui/screens/assigned/resultPanel.ts';
import type { Screen, ScreenId } from '../ports/screen.ts';
import { recordNotice } from './recordNotice.ts';

/** What the end of a round looks like for a feature: a panel on the summary, and what "play again" does. */
export interface RoundFinish {
  panel(state: RoundState): HTMLElement | null;
  playAgain(): void;
  /** Called when the round has ended (the summary is up). */
  ended?(): void;
  /** Which personal best the round counts for (one per assignment); the standard round's otherwise. */
  bestKind?: string;
}

/** What the flow needs from the app. */
export interface AssignedHost {
  pack: ContentPack;
  records: RecordStore;
  newSeed(): number;
  settings(): Settings;
  /** Shows a screen; `redraw` draws it again (e.g. after a language change). */
  showScreen(screen: Screen, redraw: () => void, id: ScreenId): void;
  title(): void;
  playStandard(): void;
  playRound(config: RoundConfig, seed: number, finish: RoundFinish): void;
  /** The round left half-way on this device, if any, and a way back into it. */
  savedState(): RoundState | undefined;
  resumeSaved(): void;
}

/** The link and name of the assigned round last started here (to resume it, and to suggest the name). */
interface Context {
  payload: string;
  name: string;
}
const CONTEXT_KEY = 'assigned';

const contextSchema = v.strictObject({
  payload: v.pipe(v.string(), v.maxLength(2_000)),
  name: v.pipe(
    v.string(),
    v.check((name) => isPlainText(name, RESULT_LIMITS.maxNameChars, true)),
  ),
});

/** The stored context, checked all the way down (valibot). */
const validContext = valibotValidator(contextSchema);

/**
 * The link reader, loaded when a link is opened or a round from one may be resumed: it brings
 * fflate's inflater, whose tables filled as its module loads were a third of the first screen's
 * script evaluation at CPU ×4 (issue 20).
 */
const linkReader = () => import('../core/share/roundLinkRead.ts');

/** The payload of an `#r=…` fragment, or null when the fragment is something else. */
export function linkPayload(hash: string): string | null {
  const m = /^#?r=([\s\S]*)$/.exec(hash);
  return m ? (m[1] as string) : null;
}

export class AssignedRounds {
  private readonly ref;
  /** Today's pack and its earlier versions: links made before an update still open. */
  private readonly refs;

  constructor(private readonly host: AssignedHost) {
    this.ref = packRef(host.pack);
    this.refs = packRefs(host.pack);
  }

  /** Opens the round in `hash` (`#r=…`). Returns false when the hash holds no round link. */
  openFromHash(hash: string): boolean {
    const payload = linkPayload(hash);
    if (payload === null) return false;
    void this.openLink(payload);
    return true;
  }

  private async openLink(payload: string): Promise<void> {
    const reader = await linkReader().catch(() => null);
    // Its file did not download (offline before the game was ever kept for offline play).
    if (!reader) return this.showError(() => t('keep.link.notLoaded'));
    const decoded = reader.decodeAssignment(payload, this.refs);
    if (!decoded.ok) {
      const error = decoded.error;
      return this.showError(() => errorMessage(error));
    }
    const a = decoded.value;
    this.showStart(a, payload);
    // The teacher's language, without changing the student's own remembered choice.
    if (a.language !== null && a.language !== currentLanguage()) void setLanguage(a.language);
  }

  /**
   * A round saved here (`saved`, returned as is) may be resumed: while the title offers it, the link
   * reader loads if an assigned round was last started here (resumeFinish needs it).
   */
  readyToResume<T>(saved: T): T {
    if (saved !== undefined && this.context()) void linkReader().catch(() => undefined);
    return saved;
  }

  /** The finish of a saved round, when it is the assigned round last started here. */
  async resumeFinish(state: RoundState): Promise<RoundFinish | undefined> {
    const ctx = this.context();
    if (!ctx) return undefined;
    const { decodeAssignment } = await linkReader();
    const d = decodeAssignment(ctx.payload, this.refs);
    if (!d.ok || !this.isRoundOf(state, d.value)) return undefined;
    return this.finish(d.value, ctx.payload, ctx.name);
  }

  private isRoundOf(state: RoundState, a: Assignment): boolean {
    const c = state.config;
    const same = (x: readonly string[], y: readonly string[]) =>
      x.length === y.length && [...x].sort().join() === [...y].sort().join();
    return (
      same(c.questionIds, a.questionIds) &&
      c.timeLimitMs === a.timeLimitMs &&
      c.explainDuringRound === a.explainDuringRound
    );
  }

  /** A problem met reading the stored context, told once on the start screen. */
  private contextProblem: StorageProblem | null = null;

  private context(): Context | undefined {
    const loaded = this.host.records.load<Context | undefined>(CONTEXT_KEY, validContext, undefined);
    if (loaded.problem && loaded.problem !== 'storage/unavailable') this.contextProblem ??= loaded.problem;
    return loaded.value;
  }

  private leave(to: () => void): void {
    // Going elsewhere from a link: drop the fragment so a reload does not open the link again.
    if (linkPayload(location.hash) !== null) history.replaceState(null, '', location.pathname + location.search);
    to();
  }

  /** `message` in the language of the moment (a redraw after a language change translates it again). */
  private showError(message: () => string): void {
    const draw = (): void =>
      this.host.showScreen(
        linkErrorScreen(message(), {
          playStandard: () => this.leave(() => this.host.playStandard()),
          home: () => this.leave(() => this.host.title()),
        }),
        draw,
        'link-error',
      );
    draw();
  }

  private showStart(a: Assignment, payload: string): void {
    // What the student has typed so far survives a redraw (the teacher's language arriving, a resize).
    let typed = '';
    const draw = (): void => {
      const ctx = this.context();
      const saved = this.host.savedState();
      const names = availableLanguages();
      const fixed = a.language === null ? null : names.find((l) => l.code === a.language);
      const shown = names.find((l) => l.code === currentLanguage())?.name ?? currentLanguage();
      const scale = this.host.settings().timeScale;
      this.host.showScreen(
        assignedScreen(
          {
            assignment: a,
            languageName: a.language === null ? null : (fixed?.name ?? a.language),
            languageMissing: a.language !== null && !fixed ? { wanted: a.language, shown } : null,
            // On a shared computer the next student must not play as, or finish for, someone else:
            // no name is pre-filled; an unfinished round is offered only as "Continue as <name>?".
            defaultScale: TIME_SCALES.includes(scale) ? scale : 1,
            resumeAs:
              ctx && saved !== undefined && ctx.payload === payload && this.isRoundOf(saved, a) ? ctx.name : null,
            notice: this.contextProblem ? recordNotice('assigned', this.contextProblem) : null,
            typedName: typed,
          },
          {
            typing: (name) => {
              typed = name;
            },
            start: (name, chosen) => this.start(a, payload, name, chosen),
            resume: () => this.host.resumeSaved(),
            home: () => this.leave(() => this.host.title()),
          },
        ),
        draw,
        'assigned',
      );
    };
    draw();
  }

  private start(a: Assignment, payload: string, name: string, scale: TimeScale): void {
    const seed = this.host.newSeed();
    this.host.records.save(CONTEXT_KEY, { payload, name } satisfies Context);
    this.host.playRound(assignedRoundConfig(a, scale, seed), seed, this.finish(a, payload, name));
  }

  private finish(a: Assignment, payload: string, name: string): RoundFinish {
    return {
      panel: (state) => {
        const record = resultOfRound(state, name, a);
        const code = encodeResultCode(record, this.ref);
        return resultPanel({
          name,
          code: code.ok ? code.value : null,
          fileName: `sahel-quiz-${safeFileName(name, 'result')}-${assignmentHash(a)}.json`,
          fileText: encodeResultFile(record, this.ref),
        });
      },
      playAgain: () => this.showStart(a, payload),
      // The round is over: its name is forgotten, so the next student on this computer starts blank.
      ended: () => this.host.records.remove(CONTEXT_KEY),
      bestKind: `assigned:${assignmentHash(a)}`,
    };
  }
}
