/** Whether the process shares its rooms through Redis, and whether Redis answers ('off' when alone). */
export type ClusterStatus = 'off' | 'ok' | 'down';

let probe: () => ClusterStatus = () => 'off';

export function setClusterProbe(p: () => ClusterStatus): void {
  probe = p;
}

export function clusterStatus(): ClusterStatus {
  return probe();
}
