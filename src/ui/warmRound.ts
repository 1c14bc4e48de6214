/**
 * The round screen's first layout costs about twice its later ones on a slow phone (its weights,
 * tabular digits and controls looked up for the first time), and it comes in the tap on Play. Laid
 * out once, out of sight and out of the accessibility tree, in an idle moment behind the title, the
 * tap then pays only the layout itself (issue 20). Same classes as round/roundLayout.ts and the
 * answer widgets; no words of the game in it.
 */
const ROUND_PROBE =
  '<main class="screen round"><header class="round-bar"><p class="progress">1/8</p><p class="score">0 123</p>' +
  '<p class="streak">2</p><p class="time-left">20 s</p><button type="button" class="pause">Aa</button></header>' +
  '<section class="card question"><p class="meta">Aa <span class="badge context">Aa</span></p><h2 class="prompt">Aa</h2>' +
  '<ol class="choices"><li><button type="button" class="choice"><span class="key">1</span><span class="label">Aa</span></button></li></ol>' +
  '<div class="truefalse"><button type="button" class="primary">Aa</button></div><input type="text" inputmode="decimal">' +
  '<select><option>Aa</option></select><div class="feedback"><p class="explanation">Aa</p><p class="source">Aa</p></div></section>' +
  '<div class="round-foot"><div class="foot-live"><p class="verdict right">Aa</p><p class="points">+100</p></div>' +
  '<div class="foot-parts">Aa</div><div class="foot-next"><button type="button" class="primary next">Aa</button></div></div></main>';

/** Lays the probe out once (in the caller's task) and removes it. */
export function warmRoundLayout(parent: HTMLElement): void {
  const probe = document.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.inert = true;
  probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;inset:0 auto auto 0;width:100%';
  probe.innerHTML = ROUND_PROBE;
  parent.append(probe);
  void probe.offsetHeight;
  probe.remove();
}
