/**
 * One live connection (host or phone) over the Colyseus client: joins, passes on what the
 * server sends, and when the link drops (Wi-Fi, sleep, a server restart) keeps trying to come
 * back to the same seat. Loaded only with the live pages.
 */
import { Client, type Room } from 'colyseus.js';

export type LiveStatus = 'connecting' | 'open' | 'lost';

export interface LiveHandlers {
  message(type: string, body: unknown): void;
  status(s: LiveStatus): void;
  /** The server refused us for good (removed, wrong code, bad name): an i18n key under live.errors. */
  failed(error: string): void;
}

/** Close codes after which coming back makes no sense: removed by the host, or refused. */
const FINAL_CLOSE = new Set([4003, 4008]);
const MESSAGE_TYPES = ['view', 'results', 'host', 'seat', 'ack'];

/** An error from joining, as a key: the server's own 'live/…' codes, else not found or unreachable. */
export function joinErrorKey(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: number }).code;
  if (/^live\/[a-z_]+$/.test(message)) return message;
  if (code === 4212 || /not found/i.test(message)) return 'live/not_found';
  return 'live/unreachable';
}

export class LiveConnection {
  private room: Room | null = null;
  private closed = false;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;

  constructor(
    private readonly join: (client: Client, first: boolean) => Promise<Room>,
    private readonly on: LiveHandlers,
    private readonly endpoint = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`,
  ) {}

  async open(): Promise<void> {
    await this.connect(true);
  }

  private async connect(first: boolean): Promise<void> {
    this.on.status('connecting');
    let room: Room;
    try {
      room = await this.join(new Client(this.endpoint), first);
    } catch (e) {
      const key = joinErrorKey(e);
      if (first || key !== 'live/unreachable') {
        // A seat that no longer exists (the server restarted) is final too; the page says so.
        this.on.failed(key);
        return;
      }
      this.later();
      return;
    }
    if (this.closed) {
      void room.leave();
      return;
    }
    this.room = room;
    this.attempts = 0;
    for (const type of MESSAGE_TYPES) room.onMessage(type, (body) => this.on.message(type, body));
    room.onLeave((code) => {
      this.room = null;
      if (this.closed) return;
      if (FINAL_CLOSE.has(code)) this.on.failed(code === 4003 ? 'live/removed' : 'live/dropped');
      else this.later();
    });
    this.on.status('open');
  }

  private later(): void {
    this.on.status('lost');
    if (this.closed) return;
    const wait = Math.min(5000, 500 * 2 ** Math.min(this.attempts++, 4));
    this.retry = setTimeout(() => void this.connect(false), wait);
  }

  send(type: string, body: unknown): boolean {
    if (!this.room) return false;
    this.room.send(type, body);
    return true;
  }

  close(): void {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    void this.room?.leave();
    this.room = null;
  }
}
