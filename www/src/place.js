// Where a card goes: below its finding, else above or beside it, inside the window and never
// over the finding. The card is position: fixed in the top window and its finding is given as
// a box in that window's coordinates, so the window is the only boundary. Placed here as
// Floating UI's core placed it (flip, shift and size), whose 2.2 KB gzip the widget's 165 KB
// budget did not have: see the ledger, www/bench-profile.md.

/** The room kept between the card, its finding and the window's edges, in CSS pixels. */
const GAP = 8;
const MAX = { width: 420, height: 560 };
/** The sides of its finding a card is tried on, in turn; it starts where the finding starts. */
const SIDES = ['bottom', 'top', 'right', 'left'];
const OPPOSITE = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };
const across = (side) => side === 'top' || side === 'bottom';

/**
 * Places `card` (position: fixed) by the box `rect` ({x, y, width, height}, in the window's
 * coordinates) and caps its size to the room on the side it goes. Returns the placement, such
 * as "bottom-start".
 */
export function placeCard(card, rect) {
  const win = card.ownerDocument.defaultView;
  const [width, height] = [win.innerWidth, win.innerHeight];
  // The finding's box grown by the gap on every side keeps the card that far from it.
  const box = { left: rect.x - GAP, top: rect.y - GAP, right: rect.x + rect.width + GAP, bottom: rect.y + rect.height + GAP };
  // Measured as the last placement capped it, as Floating UI measured it: the same placements
  // as the library's for every finding of two seeds at five window sizes (2026-12-05).
  let [w, h] = [card.offsetWidth, card.offsetHeight];
  // The card's corner on `side`, then how far it reaches past each edge of the window less
  // the gap (negative: room to spare).
  const at = (side) => ({
    x: side === 'right' ? box.right : side === 'left' ? box.left - w : box.left,
    y: side === 'bottom' ? box.bottom : side === 'top' ? box.top - h : box.top,
  });
  const overflow = ({ x, y }) => ({ left: GAP - x, top: GAP - y, right: x + w - width + GAP, bottom: y + h - height + GAP });

  // The first side where the card fits whole, its far end included. Else, of the sides where it
  // fits outward, the one where it overruns least along the finding; else the one where it
  // overruns least in all.
  const tried = [];
  let side = SIDES.find((s) => {
    const o = overflow(at(s));
    // Along its finding, the card runs past its far end first, unless the finding is longer.
    const far = across(s) ? (box.right - box.left > w ? 'left' : 'right') : box.bottom - box.top > h ? 'top' : 'bottom';
    const overruns = [o[s], o[far], o[OPPOSITE[far]]];
    tried.push({ s, overruns, sum: overruns.reduce((n, v) => n + Math.max(v, 0), 0) });
    return overruns.every((v) => v <= 0);
  });
  side ??= (tried.filter((t) => t.overruns[0] <= 0).sort((a, b) => a.overruns[1] - b.overruns[1])[0]
    ?? tried.sort((a, b) => a.sum - b.sum)[0]).s;

  // Capped to the room on its side, and across to the window.
  const room = { bottom: height - GAP - box.bottom, top: box.top - GAP, right: width - GAP - box.right, left: box.left - GAP };
  const [roomW, roomH] = across(side) ? [width - 2 * GAP, Math.min(room[side], height - 2 * GAP)] : [Math.min(room[side], width - 2 * GAP), height - 2 * GAP];
  Object.assign(card.style, {
    maxHeight: `${Math.max(0, Math.min(roomH, MAX.height))}px`,
    maxWidth: `${Math.max(0, Math.min(roomW, MAX.width))}px`,
  });
  [w, h] = [card.offsetWidth, card.offsetHeight];

  // Along its finding the card moves only as far as it must to stay inside the window.
  let { x, y } = at(side);
  if (across(side)) x = Math.max(GAP, Math.min(x, width - GAP - w));
  else y = Math.max(GAP, Math.min(y, height - GAP - h));
  Object.assign(card.style, { left: `${x}px`, top: `${y}px` });
  return `${side}-start`;
}
