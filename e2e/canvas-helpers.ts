import { expect, type Locator, type Page } from '@playwright/test';
import { clearAutosave } from './helpers.ts';

/** Starts from an empty design (New) on a clean first start. */
export async function newDesign(page: Page): Promise<void> {
  await page.goto('/');
  await clearAutosave(page);
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
}

export const paletteItem = (page: Page, label: string) => page.getByRole('complementary', { name: 'Palette' }).getByRole('button', { name: label, exact: true });

/** Drags a palette item (HTML5 drag and drop) onto a target, at a point relative to the target's box. */
export async function dropPalette(page: Page, label: string, target: Locator, at?: { x: number; y: number }): Promise<void> {
  // force: a frame's body lets the pointer through to the pane (the drop finds the frame by position).
  await paletteItem(page, label).dragTo(target, { force: true, ...(at ? { targetPosition: at } : {}) });
}

export async function fitView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit View' }).click();
  await page.waitForTimeout(150);
}

export const partition = (page: Page, name: string) => page.getByTestId(`partition-${name}`);

/** The React Flow node id of a node found by its test id. */
export async function nodeIdOf(loc: Locator): Promise<string> {
  const id = await loc.evaluate((el) => el.closest('.react-flow__node')?.getAttribute('data-id') ?? '');
  expect(id).not.toBe('');
  return id;
}

/** The row (adapter or device) of a partition by its device name. */
export function row(page: Page, partitionName: string, deviceName: string): Locator {
  return partition(page, partitionName).locator('li.row').filter({ has: page.locator('.row-name', { hasText: new RegExp(`^${deviceName}$`) }) });
}

export async function rowId(page: Page, partitionName: string, deviceName: string): Promise<string> {
  const id = await row(page, partitionName, deviceName).getAttribute('data-rowid');
  expect(id).toBeTruthy();
  return id!;
}

export const handle = (page: Page, nodeId: string, handleId: string | null, type: 'source' | 'target' = 'source') =>
  page.locator(`.react-flow__handle.${type}[data-nodeid="${nodeId}"]${handleId ? `[data-handleid="${handleId}"]` : ''}`);

/** Drags a connection from one handle to another with real pointer events (stack.md §4.3). */
export async function dragConnection(page: Page, from: Locator, to: Locator, opts: { release?: boolean } = {}): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('handle not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2 + 10, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  if (opts.release !== false) await page.mouse.up();
}

/** Connects and waits for the success message of the gesture. */
export async function connect(page: Page, from: Locator, to: Locator, expectText?: RegExp): Promise<void> {
  await dragConnection(page, from, to, { release: false });
  if (expectText) await expect(page.getByRole('status', { name: 'Connection status' })).toContainText(expectText);
  await page.mouse.up();
  await page.waitForTimeout(60);
}

/**
 * Adapter rows are drawn only where they can be read (9 px on screen or more); zoomed out a partition shows a
 * summary. Zooms in with the wheel over the pane's centre, as a person would, until the rows are there.
 */
export async function zoomToRows(page: Page): Promise<void> {
  const rows = page.locator('li.row');
  if (await rows.count()) return;
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12 && (await rows.count()) === 0; i++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(150);
  }
  await expect(rows.first()).toBeVisible();
}

/** New from template (the dialog's button whose name matches), then fit the view. */
export async function fromTemplate(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'From template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New from template' });
  await dialog.getByRole('button', { name: title }).click();
  await expect(dialog).toHaveCount(0);
  await fitView(page);
}
