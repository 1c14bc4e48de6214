/** Every scene's key, in one place: scene = file = class = key. */
export const SCENES = {
  map: 'map',
  countdown: 'countdown',
  celebration: 'celebration',
} as const;
