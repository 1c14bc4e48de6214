/**
 * A student's phone in a live game: join with the code and a name, then follow the server's view.
 * The seat (a secret the server gave) is kept on the phone, so a reload or a phone that slept
 * comes back to the same seat with the same score.
 */
import type { Client } from 'colyseus.js';
import { normaliseJoinCode } from '../core/live/code.ts';
import type { PlayerView } from '../core/live/protocol.ts';
import { phoneScreen, type PhoneScreen } from '../ui/screens/live/phoneScreen.ts';
import { SEAT_KEY, type LiveHost } from './live.ts';
import { LiveConnection } from './liveConnection.ts';
import { phoneStage } from './mapStage.ts';

interface SavedSeat {
  code: string;
  seat: string;
  name: string;
  /** When it was saved (Date.now()): an old seat is not resumed at start. */
  at: number;
}

function validSeat(x: unknown): SavedSeat | null {
  const s = x as Partial<SavedSeat> | null;
  if (!s || typeof s.code !== 'string' || typeof s.seat !== 'string' || typeof s.name !== 'string') return null;
  return s.seat.length <= 64 && s.name.length <= 200 && typeof s.at === 'number' ? (s as SavedSeat) : null;
}

let current: LiveConnection | null = null;

/**
 * A game of another pack than this page's: its page shows that pack's texts, so the phone goes there
 * (the seat, kept for every pack, follows) — 'moved'; the same pack in another version — 'version'.
 */
function otherPack(v: PlayerView, host: LiveHost): 'moved' | 'version' | null {
  if (v.pack && v.pack.id !== host.pack.id) {
    const query = new URLSearchParams(location.search);
    query.set('pack', v.pack.id);
    location.assign(`?${query.toString()}#live=${v.code}`);
    return 'moved';
  }
  return v.pack && v.pack.version !== host.pack.version ? 'version' : null;
}

export function openLivePhone(host: LiveHost, typedCode: string): void {
  current?.close();
  current = null;
  const saved = host.records.load(SEAT_KEY, validSeat, null).value;
  const code = normaliseJoinCode(typedCode);
  let screen: PhoneScreen;
  let last: PlayerView | null = null;
  const stage = phoneStage(host.map, host.bank);

  const join = (joinCode: string, name: string, seat: string | null): void => {
    current?.close();
    const conn = new LiveConnection(
      (client: Client) => client.joinById(joinCode, { role: 'student', name, ...(seat ? { seat } : {}) }),
      {
        message(type, body) {
          if (type === 'seat') {
            const s = body as { seat: string; code: string };
            host.records.save(SEAT_KEY, { code: s.code, seat: s.seat, name, at: Date.now() } satisfies SavedSeat);
            seat = s.seat;
          } else if (type === 'view') {
            const v = body as PlayerView;
            const other = otherPack(v, host);
            if (other !== null) {
              current?.close();
              if (other === 'version') screen.failed('live/other_version', false);
              return;
            }
            last = v;
            // The game is over: the phone will not come back to this seat at its next start.
            if (last.phase === 'finished') host.records.remove(SEAT_KEY);
            screen.view(last);
            stage(last);
          } else if (type === 'ack') screen.ack(body as { ok: boolean; error: string | null });
        },
        status: (s) => screen.status(s),
        failed(error) {
          if (error === 'live/not_found' || error === 'live/removed') host.records.remove(SEAT_KEY);
          screen.failed(error, last !== null);
        },
      },
    );
    current = conn;
    void conn.open();
  };

  const draw = (): void => {
    screen = phoneScreen({
      code: code ?? '',
      name: saved?.name ?? '',
      map: host.map,
      countdown: host.countdown,
      bank: host.bank,
      join: (c, name) => {
        const ok = normaliseJoinCode(c);
        if (!ok) return 'live/bad_code';
        join(ok, name, saved && saved.code === ok ? saved.seat : null);
        return null;
      },
      answer: (index, response) => current?.send('answer', { index, response }) ?? false,
      leave: () => {
        current?.close();
        current = null;
        host.records.remove(SEAT_KEY);
        host.title();
      },
    });
    host.showScreen(
      screen,
      () => {
        draw();
        if (last) screen.view(last);
      },
      'live-phone',
    );
  };
  draw();
  // Back after a reload or a sleep: straight to the same seat.
  if (saved && (code === null || code === saved.code)) join(saved.code, saved.name, saved.seat);
}
