/**
 * Label placement without overlaps: greedy by priority. Pure; the caller measures text.
 */

export interface LabelRequest {
  id: string;
  /** Anchor on screen: a country's label point or a city's marker. */
  x: number;
  y: number;
  /** Higher goes first and so wins contested space. */
  priority: number;
  /**
   * 'center': centred on the anchor (countries).
   * 'beside': next to the anchor, clear of a marker of radius `markerRadius` (cities).
   */
  mode: 'center' | 'beside';
  markerRadius?: number;
  /** Skip the centred position (the name is wider than the country) and go straight to offsets with a leader line. */
  preferLeader?: boolean;
  /** May be moved away from the anchor with a leader line when its own spot is taken. */
  allowLeader?: boolean;
  /** A name the question needs: as a last resort its leader line may end over a neighbour's land. */
  mustShow?: boolean;
}

export interface LabelSize {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Box of the label (top-left, size). */
  box: Box;
  /** True when the label sits away from its anchor and needs a leader line to it. */
  leader: boolean;
  anchor: { x: number; y: number };
}

export interface LayoutOptions {
  /** Labels must lie inside (e.g. the visible map). */
  bounds: Box;
  /** Areas no label may cover (markers, a HUD corner). */
  obstacles?: Box[];
  /** Minimum free space between two labels, px. */
  gap?: number;
  /**
   * Whether a name moved away from its anchor (on a leader line) may stand at `box`: a caller
   * rejects spots over another country, where the name would read as that country's.
   */
  leaderSpotOk?: (id: string, box: Box) => boolean;
}

export interface LayoutResult {
  placed: PlacedLabel[];
  hidden: string[];
}

export function layoutLabels(
  requests: readonly LabelRequest[],
  measure: (r: LabelRequest) => LabelSize,
  options: LayoutOptions,
): LayoutResult {
  const job = new LabelLayoutJob(requests, measure, options);
  while (job.step());
  return job.result();
}

/**
 * layoutLabels one name at a time: each `step()` places (or hides) the next name in priority
 * order, so a caller can spread a layout over several tasks (issue 20: no task over 50 ms) and
 * get, once `step()` returns false, exactly what one call to layoutLabels gives.
 */
export class LabelLayoutJob {
  private readonly gap: number;
  private readonly taken: Box[];
  private readonly placed: PlacedLabel[] = [];
  private readonly hidden: string[] = [];
  private readonly order: LabelRequest[];
  /** A name moved away on a leader must not sit on another country's own spot, or it would read as that country's name. */
  private readonly spots: { id: string; box: Box }[];
  private next = 0;

  constructor(
    requests: readonly LabelRequest[],
    private readonly measure: (r: LabelRequest) => LabelSize,
    private readonly options: LayoutOptions,
  ) {
    this.gap = options.gap ?? 2;
    this.taken = [...(options.obstacles ?? [])];
    this.order = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
    this.spots = requests
      .filter((r) => r.mode === 'center')
      .map((r) => ({ id: r.id, box: { x: r.x - 3, y: r.y - 3, width: 6, height: 6 } }));
  }

  /** Lays out the next name; false once every name has been placed or hidden. */
  step(): boolean {
    const r = this.order[this.next];
    if (!r) return false;
    this.next++;
    const spot = this.spotFor(r);
    if (spot) {
      this.taken.push(spot.box);
      this.placed.push({ id: r.id, box: spot.box, leader: spot.leader, anchor: { x: r.x, y: r.y } });
    } else this.hidden.push(r.id);
    return this.next < this.order.length;
  }

  result(): LayoutResult {
    return { placed: [...this.placed], hidden: [...this.hidden] };
  }

  /** The first free candidate spot of `r` (strict rules first; a name the question needs then relaxes them). */
  private spotFor(r: LabelRequest): { box: Box; leader: boolean } | null {
    const { options, gap, taken, spots } = this;
    const size = this.measure(r);
    const all = candidates(r, size);
    for (const strict of r.mustShow ? [true, false] : [true]) {
      for (const c of strict ? all : all.filter((x) => x.leader)) {
        const box = {
          x: r.x + c.dx - size.width / 2,
          y: r.y + c.dy - size.height / 2,
          width: size.width,
          height: size.height,
        };
        if (!inside(box, options.bounds)) continue;
        if (taken.some((t) => overlaps(box, t, gap))) continue;
        if (c.leader && spots.some((s) => s.id !== r.id && overlaps(box, s.box))) continue;
        if (strict && c.leader && options.leaderSpotOk && !options.leaderSpotOk(r.id, box)) continue;
        return { box, leader: c.leader };
      }
    }
    return null;
  }
}

interface Candidate {
  dx: number;
  dy: number;
  leader: boolean;
}

function candidates(r: LabelRequest, s: LabelSize): Candidate[] {
  const out: Candidate[] = [];
  if (r.mode === 'beside') {
    const m = (r.markerRadius ?? 3) + 3;
    out.push(
      { dx: m + s.width / 2, dy: 0, leader: false },
      { dx: -(m + s.width / 2), dy: 0, leader: false },
      { dx: 0, dy: -(m + s.height / 2), leader: false },
      { dx: 0, dy: m + s.height / 2, leader: false },
      { dx: m + s.width / 2, dy: -(m + s.height / 2) * 0.8, leader: false },
      { dx: -(m + s.width / 2), dy: -(m + s.height / 2) * 0.8, leader: false },
      { dx: m + s.width / 2, dy: (m + s.height / 2) * 0.8, leader: false },
      { dx: -(m + s.width / 2), dy: (m + s.height / 2) * 0.8, leader: false },
    );
    // A name the question needs may stand a little farther off, tied to its dot by a leader line.
    if (r.allowLeader) out.push(...leaderRing(s, [1.6, 2.6, 3.8]));
    return out;
  }
  if (!r.preferLeader) {
    // The anchor, then nudges that keep the label on its country without a leader (e.g. clear of
    // its capital's marker), nearest first.
    const nudges: Candidate[] = [];
    for (const ky of [0, 0.6, -0.6, 1.2, -1.2, 1.8, -1.8])
      for (const kx of [0, 0.25, -0.25, 0.5, -0.5]) nudges.push({ dx: s.width * kx, dy: s.height * ky, leader: false });
    nudges.sort((a, b) => Math.hypot(a.dx / s.width, a.dy / s.height) - Math.hypot(b.dx / s.width, b.dy / s.height));
    out.push(...nudges);
  }
  if (r.allowLeader || r.preferLeader) out.push(...leaderRing(s, [1.6, 2.6, 3.8, 5.2, 7]));
  return out;
}

/** Spots around the anchor at growing distances, in eight directions, each with a leader line. */
function leaderRing(s: LabelSize, ks: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  for (const k of ks) {
    const ry = s.height * k;
    const rx = s.width / 2 + s.height * (k - 0.6);
    for (const [ux, uy] of [
      [0, -1],
      [0, 1],
      [1, 0],
      [-1, 0],
      [0.8, -0.8],
      [-0.8, -0.8],
      [0.8, 0.8],
      [-0.8, 0.8],
    ] as const) {
      out.push({ dx: ux * rx, dy: uy * ry, leader: true });
    }
  }
  return out;
}

function inside(b: Box, bounds: Box): boolean {
  return (
    b.x >= bounds.x &&
    b.y >= bounds.y &&
    b.x + b.width <= bounds.x + bounds.width &&
    b.y + b.height <= bounds.y + bounds.height
  );
}

/** True when two boxes are closer than `gap`. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}
