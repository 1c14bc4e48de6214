/** What the title tells the player once: storage problems met since it last showed. */
export class Notices {
  private text: string | null = null;

  /** Adds to what is waiting to be said. */
  add(message: string | null): void {
    if (message) this.text = this.text ? `${this.text} ${message}` : message;
  }

  /** Replaces what is waiting to be said (the newest problem is the one that matters). */
  set(message: string): void {
    this.text = message;
  }

  /** What to say now; said once, so it is gone after. */
  take(): string | null {
    const text = this.text;
    this.text = null;
    return text;
  }
}
