/**
 * The way into live classroom games, in the main bundle and kept tiny: it asks whether a live
 * server is there (`npm start` serves one; a static host does not), adds "Host a live game" and
 * "Join a live game" to the title only then, and opens a join link (`#live=CODE`). The host and
 * phone pages, and the Colyseus client, load only when asked for.
 */
import type { ContentPack } from '../core/content/types.ts';
import type { Assignment } from '../core/share/assignment.ts';
import type { Bank } from '../core/round/engine.ts';
import type { RecordStore } from '../ports/storage.ts';
import type { LiveHealth } from '../core/live/protocol.ts';
import { t } from '../i18n/index.ts';
import type { MapPort } from '../ports/map.ts';
import type { CountdownPort } from '../ports/countdown.ts';
import type { Screen, ScreenId } from '../ports/screen.ts';
import { LIVE_SEAT_KEY } from '../core/live/code.ts';
import type { SoundPlayer } from '../ports/sound.ts';

export interface LiveHost {
  pack: ContentPack;
  bank: Bank;
  map: MapPort;
  countdown: CountdownPort;
  sound: SoundPlayer;
  records: RecordStore;
  newSeed(): number;
  showScreen(screen: Screen, redraw: () => void, id: ScreenId): void;
  title(): void;
  /** Redraws the title if it is up (the Host button appears once the server answered). */
  titleChanged(): void;
}

const CODE_HASH = /^#live=([A-Za-z0-9-]{0,12})$/;
/** Where the phone keeps its seat (livePhone.ts writes it); a seat older than this is not resumed. */
export const SEAT_KEY = LIVE_SEAT_KEY;
const SEAT_MAX_AGE_MS = 3 * 3600_000;

export class LiveEntry {
  health: LiveHealth | null = null;

  constructor(private readonly host: LiveHost) {}

  /** Asks the page's own server once; a static host answers 404 or HTML, and nothing changes. */
  probe(): void {
    // No network at all (not just no internet: a classroom LAN counts as online): ask when it is back.
    if (!navigator.onLine) {
      window.addEventListener('online', () => this.probe(), { once: true });
      return;
    }
    // Relative, like the build's own files; a static host serves the build's placeholder ({"live":0}),
    // so the probe never ends in a 404 (which a browser logs as an error).
    fetch('live/health', { cache: 'no-store', signal: AbortSignal.timeout(3000) })
      .then((r) => (r.ok ? r.json() : null))
      .then((x: unknown) => {
        const h = x as Partial<LiveHealth> & { live?: number };
        if (!h || h.live !== 1 || typeof h.port !== 'number') return;
        this.health = { port: h.port, lan: Array.isArray(h.lan) ? h.lan.map(String) : [], cluster: h.cluster ?? 'off' };
        this.host.titleChanged();
      })
      .catch(() => undefined);
  }

  extras(): { label: string; testId: string; run(): void }[] {
    if (!this.health) return [];
    const join = { label: t('live.join'), testId: 'live-join', run: () => this.openPhone('') };
    return [join, { label: t('live.host'), testId: 'live-host', run: () => this.openHost() }];
  }

  /**
   * Whether a live game of the pack being played can be hosted: the live server loads every shipped pack
   * (server/bank.ts) and says so itself when it lacks this one ('live/unknown_pack').
   */
  hostsThisPack(): boolean {
    return !!this.health;
  }

  /** A join link (the QR code) opens the phone page with the code filled in. */
  openFromHash(hash: string): boolean {
    const m = CODE_HASH.exec(hash);
    if (!m) return false;
    this.openPhone(m[1] ?? '');
    return true;
  }

  /** At start: a phone reloaded (or woken) in the middle of a game goes back to its seat. */
  resumeSeat(): boolean {
    const seat = this.host.records.load(SEAT_KEY, (x) => x as { code?: unknown; at?: unknown } | null, null).value;
    if (
      seat &&
      typeof seat.code === 'string' &&
      typeof seat.at === 'number' &&
      Date.now() - seat.at < SEAT_MAX_AGE_MS
    ) {
      this.openPhone(seat.code);
      return true;
    }
    return false;
  }

  /** The projector page; with a teacher's round from the builder, that round is opened at once. */
  openHost(round?: Assignment): void {
    import('./liveHost.ts').then(
      ({ openLiveHost }) => openLiveHost(this.host, this.health, round),
      () => this.host.title(),
    );
  }

  openPhone(code: string): void {
    import('./livePhone.ts').then(
      ({ openLivePhone }) => openLivePhone(this.host, code),
      () => this.host.title(),
    );
  }
}
