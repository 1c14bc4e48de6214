import { offeredPlaces } from '../geo/offered.ts';
import { placeIndex } from '../geo/placeIds.ts';
import type { StageData, StageRequest } from '../geo/stage.ts';
import type { MapInteraction, MapLayers, MapPick, MapPort } from '../ports/map.ts';
import type { CountdownPort } from '../ports/countdown.ts';

/** What the app asks of the real map view (the Phaser MapScene), beyond the MapPort. */
export interface MapTarget extends Omit<MapPort, 'canPick' | 'whenPickable'> {
  setNames(names: Record<string, string>): void;
  setReducedMotion(reduced: boolean): void;
  setStageData(data: StageData): void;
}

type Outcome = Parameters<MapPort['showOutcome']>[0];

/**
 * The map as the app sees it from the first frame, before Phaser has loaded: the DOM screens
 * show at once and Phaser boots behind them. Until the real map arrives this remembers the latest
 * layers, interaction, names, motion, outcome and focus, and hands them over in one go when it
 * does; after that every call goes straight through, and picks on the map come back out.
 * Place ids come from the places file (see geo/placeIds.ts), so lists can be built before the map exists.
 */
export class LateMap implements MapPort {
  private target: MapTarget | null = null;
  private failed = false;
  private names: Record<string, string> | null = null;
  private reducedMotion: boolean | null = null;
  private layers: Partial<MapLayers> = {};
  private interaction: MapInteraction | null = null;
  private outcome: Outcome | null = null;
  private focus: string | null = null;
  private stageData: StageData | null = null;
  private staged: StageRequest | null = null;
  private readonly listeners = new Set<(pick: MapPick) => void>();
  private readonly waiting = new Set<() => void>();

  /** The real map is here: give it everything it missed, then forward from now on. */
  attach(target: MapTarget): void {
    if (this.target) return;
    this.target = target;
    if (this.names) target.setNames(this.names);
    if (this.reducedMotion !== null) target.setReducedMotion(this.reducedMotion);
    if (this.stageData) target.setStageData(this.stageData);
    if (this.staged) target.stage(this.staged);
    target.setLayers(this.layers);
    if (this.interaction) target.setInteraction(this.interaction);
    if (this.outcome) target.showOutcome(this.outcome);
    if (this.focus !== null) target.focusPlace(this.focus);
    target.onPick((pick) => {
      for (const cb of [...this.listeners]) cb(pick);
    });
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const cb of waiting) cb();
  }

  /** The map could not load (e.g. its code failed to download): stop waiting; the place lists still work. */
  fail(): void {
    if (this.target) return;
    this.failed = true;
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const cb of waiting) cb();
  }

  canPick(): boolean {
    return this.target !== null;
  }

  whenPickable(cb: () => void): () => void {
    if (this.target || this.failed) {
      cb();
      return () => {};
    }
    const once = () => cb();
    this.waiting.add(once);
    return () => this.waiting.delete(once);
  }

  setNames(names: Record<string, string>): void {
    this.names = { ...names };
    this.target?.setNames(names);
  }

  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
    this.target?.setReducedMotion(reduced);
  }

  setStageData(data: StageData): void {
    this.stageData = data;
    this.target?.setStageData(data);
  }

  stage(request: StageRequest | null): void {
    this.staged = request;
    this.target?.stage(request);
  }

  zoomBy(factor: number): void {
    this.target?.zoomBy(factor);
  }

  panBy(dx: number, dy: number): void {
    this.target?.panBy(dx, dy);
  }

  resetView(): void {
    this.target?.resetView();
  }

  /** A celebration is of the moment: one asked before the map exists is not replayed. */
  celebrate(level: number): void {
    this.target?.celebrate(level);
  }

  setLayers(layers: Partial<MapLayers>): void {
    this.layers = { ...this.layers, ...layers };
    this.target?.setLayers(layers);
  }

  setInteraction(mode: MapInteraction): void {
    this.interaction = mode;
    this.target?.setInteraction(mode);
  }

  onPick(cb: (pick: MapPick) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  showOutcome(o: Outcome): void {
    this.outcome = o;
    this.target?.showOutcome(o);
  }

  clearOutcome(): void {
    this.outcome = null;
    this.target?.clearOutcome();
  }

  focusPlace(id: string | null): void {
    this.focus = id;
    this.target?.focusPlace(id);
  }

  countryIds(): string[] {
    return placeIndex().countries.map((c) => c.id);
  }

  cityIds(): string[] {
    return placeIndex().cities.map((c) => c.id);
  }

  offeredPlaces(kind: 'countries' | 'cities'): string[] {
    const { countries, cities } = placeIndex();
    return offeredPlaces(countries, cities, kind);
  }
}

/** The countdown ring, likewise: the latest figures are drawn as soon as the ring exists. */
export class LateCountdown implements CountdownPort {
  private target: CountdownPort | null = null;
  private latest: [number | null, number | null] = [null, null];

  attach(target: CountdownPort): void {
    this.target = target;
    target.show(...this.latest);
  }

  show(remainingMs: number | null, limitMs: number | null): void {
    this.latest = [remainingMs, limitMs];
    this.target?.show(remainingMs, limitMs);
  }
}
