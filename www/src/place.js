// Where a card goes: below its finding, else above or beside it, inside the window and never
// over the finding. Floating UI's core does the placing (flip, shift, size); the card is
// position: fixed in the top window and its finding is given as a box in that window's
// coordinates, so its platform is the window alone. @floating-ui/dom's platform, which
// walks scroll and clipping ancestors, transforms and offset parents this case never has,
// costs 2.9 KB gzip more (5.8 against 2.9 KB with this one, 2026-12-05), which the widget's
// 165 KB budget did not have.
import { computePosition, flip, shift, size } from '@floating-ui/core';

/** The room kept between the card, its finding and the window's edges, in CSS pixels. */
const GAP = 8;
const MAX = { width: 420, height: 560 };

/** Floating UI's view of a page where the boundary is the window. */
const windowPlatform = (win) => ({
  getElementRects: ({ reference, floating }) => ({
    reference: reference.rect,
    floating: { x: 0, y: 0, width: floating.offsetWidth, height: floating.offsetHeight },
  }),
  getDimensions: (el) => ({ width: el.offsetWidth, height: el.offsetHeight }),
  getClippingRect: () => ({ x: 0, y: 0, width: win.innerWidth, height: win.innerHeight }),
});

/**
 * Places `card` (position: fixed) by the box `rect` ({x, y, width, height}, in the window's
 * coordinates) and caps its size to the room on the side it goes. Resolves to the placement,
 * such as "bottom-start".
 */
export async function placeCard(card, rect) {
  // The finding's box grown by the gap on every side keeps the card that far from it (Floating
  // UI's offset middleware would do the same for 0.25 KB gzip).
  const around = { x: rect.x - GAP, y: rect.y - GAP, width: rect.width + 2 * GAP, height: rect.height + 2 * GAP };
  const { x, y, placement } = await computePosition({ rect: around }, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    platform: windowPlatform(card.ownerDocument.defaultView),
    middleware: [
      flip({ fallbackPlacements: ['top-start', 'right-start', 'left-start'], fallbackStrategy: 'bestFit', padding: GAP }),
      shift({ padding: GAP }),
      size({
        padding: GAP,
        apply({ availableHeight, availableWidth }) {
          Object.assign(card.style, {
            maxHeight: `${Math.max(0, Math.min(availableHeight, MAX.height))}px`,
            maxWidth: `${Math.max(0, Math.min(availableWidth, MAX.width))}px`,
          });
        },
      }),
    ],
  });
  Object.assign(card.style, { left: `${x}px`, top: `${y}px` });
  return placement;
}
