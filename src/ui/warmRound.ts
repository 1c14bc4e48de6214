/**
 * The round screen's first layout costs about twice its later ones on a slow phone (its weights,
 * tabular digits and controls looked up for the first time), and it comes in the tap on Play. Laid
 * out once, out of sight and out of the accessibility tree, in idle moments behind the title, the
 * tap then pays only the layout itself (issue 20). Same classes as round/roundLayout.ts and the
 * answer widgets; no words of the game in it. In small pieces (the first: the empty screen), one
 * per task: laid out at once, the first look-ups of all of them were one task of about 100 ms at
 * CPU ×4, and in seven pieces two were still about 50 ms.
 */
const ROUND_PIECES = [
  '',
  '<header class="round-bar"><p class="progress">1/8</p></header>',
  '<header class="round-bar"><p class="score">0 123</p></header>',
  '<header class="round-bar"><p class="streak">2</p><p class="time-left">20 s</p></header>',
  '<header class="round-bar"><button type="button" class="pause">Aa</button></header>',
  '<section class="card question"><p class="meta">Aa <span class="badge context">Aa</span></p></section>',
  '<section class="card question"><h2 class="prompt">Aa</h2></section>',
  '<section class="card question"><ol class="choices"><li><button type="button" class="choice"><span class="key">1</span>' +
    '<span class="label">Aa</span></button></li></ol></section>',
  '<section class="card question"><div class="truefalse"><button type="button" class="primary">Aa</button></div></section>',
  '<section class="card question"><input type="text" inputmode="decimal"></section>',
  '<section class="card question"><select><option>Aa</option></select></section>',
  '<section class="card question"><div class="feedback"><p class="explanation">Aa</p><p class="source">Aa</p></div></section>',
  '<div class="round-foot"><div class="foot-live"><p class="verdict right">Aa</p><p class="points">+100</p></div></div>',
  '<div class="round-foot"><div class="foot-parts">Aa</div><div class="foot-next"><button type="button" class="primary next">Aa</button></div></div>',
];

/**
 * Lays the probe out piece by piece, `pause` between pieces, while `still()` (the title is still up:
 * once the round is on screen its own layout has done the work). Each piece is removed once laid out.
 */
export async function warmRoundLayout(
  parent: HTMLElement,
  pause: () => Promise<void>,
  still: () => boolean,
): Promise<void> {
  for (const piece of ROUND_PIECES) {
    if (!still()) return;
    const probe = document.createElement('div');
    probe.setAttribute('aria-hidden', 'true');
    probe.inert = true;
    probe.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;inset:0 auto auto 0;width:100%';
    probe.innerHTML = `<main class="screen round">${piece}</main>`;
    parent.append(probe);
    void probe.offsetHeight;
    probe.remove();
    await pause();
  }
}
