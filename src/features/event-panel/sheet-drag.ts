/** Bottom-sheet drag maths, apart from the pointer events so it can be reasoned about alone. */

export const SHEET_MIN_PX = 48;

/** The sheet's height while dragging: follows the finger, kept between the fold and 90% of the screen. */
export function draggedHeight(startHeight: number, startY: number, y: number, viewport: number): number {
  return Math.min(Math.max(startHeight + (startY - y), SHEET_MIN_PX), viewport * 0.9);
}

/** Dropped below a fifth of the screen, the sheet folds away. */
export function foldsAt(height: number, viewport: number): boolean {
  return height < viewport * 0.2;
}
