/** Every scene's key, in one place: scene = file = class = key. */
export const SCENES = {
  map: 'map',
  countdown: 'countdown',
} as const;
