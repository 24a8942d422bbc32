import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectErrors, openFresh } from './helpers.ts';

const sample = () => readFileSync(join(process.cwd(), 'public', 'templates', 'sample.json'), 'utf8');

/** Drops a file on an element as a person dragging it from the file manager does (dragenter, dragover, drop). */
async function dropFile(page: Page, target: Locator, name: string, text: string, type = 'application/json'): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, text, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type }));
    return dt;
  }, { name, text, type });
  for (const event of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(event, { dataTransfer });
}

/** What the user sees of the design: its name and the partitions on the canvas. */
async function shown(page: Page): Promise<{ name: string; partitions: number }> {
  return { name: await page.getByLabel('Design name').inputValue(), partitions: await page.locator('[data-testid^="partition-"]').count() };
}

/** The 1-based line of the first occurrence of a text in the sample template. */
const lineOf = (needle: string): number => sample().slice(0, sample().indexOf(needle)).split('\n').length;

function withSystemId(id: string): string {
  const d = JSON.parse(sample()) as { domain: { partitions: Record<string, { systemId: string }> } };
  d.domain.partitions['lpar-1']!.systemId = id;
  return JSON.stringify(d, null, 2);
}

const hostile: [string, string, RegExp][] = [
  ['version-string.json', sample().replace(/"version": \d+,/, '"version": "1",'), /version \(line 3, column 3\): "version" must be a whole number/],
  ['proto-key.json', sample().replace('"partitions": {', '"partitions": {\n      "__proto__": {"id": "__proto__"},'), new RegExp(`domain\\.partitions\\.__proto__ \\(line ${lineOf('"partitions": {') + 1}, column 7\\): "__proto__" is a reserved name`)],
  ['constructor-ref.json', withSystemId('constructor'), /domain\.partitions\.lpar-1\.systemId \(line \d+, column \d+\): a reserved name/],
  ['dup-key.json', sample().replace(/("lpar-1": \{\s*"id": "lpar-1",)/, '$1 "kind": "aix",'), /domain\.partitions\.lpar-1\.kind \(line \d+, column \d+\): the key "kind" appears twice/],
  ['deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, /nested deeper than 64 levels/],
];

test('a hostile file opened with Open leaves the design unchanged and names the problem with its place', async ({ page }, info) => {
  const errors = collectErrors(page);
  await openFresh(page);
  const before = await shown(page);
  for (const [name, text, problem] of hostile) {
    const path = info.outputPath(name);
    writeFileSync(path, text);
    await page.getByLabel('Open design file').setInputFiles(path);
    const alert = page.getByRole('alert').filter({ hasText: `Cannot open ${name}` });
    await expect(alert).toContainText(problem);
    await expect(alert).toContainText('Your design is unchanged');
    expect(await shown(page)).toEqual(before);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  expect(errors).toEqual([]);
});

test('a hostile file dropped on the canvas is refused the same way; a good one opens and Undo returns', async ({ page }) => {
  const errors = collectErrors(page);
  await openFresh(page);
  const before = await shown(page);
  const canvas = page.getByRole('region', { name: 'Canvas' });
  for (const [name, text, problem] of hostile) {
    await dropFile(page, canvas, name, text);
    const alert = page.getByRole('alert').filter({ hasText: `Cannot open ${name}` });
    await expect(alert).toContainText(problem);
    expect(await shown(page)).toEqual(before);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  await dropFile(page, canvas, 'notes.pdf', '%PDF-1.4', 'application/pdf');
  await expect(page.getByRole('alert').filter({ hasText: 'Not opened: notes.pdf' })).toBeVisible();
  expect(await shown(page)).toEqual(before);

  const good = JSON.parse(sample()) as { name: string; layout: { nodes: Record<string, unknown> } };
  good.name = 'Dropped design';
  good.layout.nodes['lpar-404'] = { x: 0, y: 0 };
  // UTF-8 with a byte-order mark, as some Windows editors save it.
  await dropFile(page, canvas, 'dropped.json', `\ufeff${JSON.stringify(good)}`);
  await expect(page.getByLabel('Design name')).toHaveValue('Dropped design');
  await expect(page.getByRole('status').filter({ hasText: 'Opened dropped.json' })).toContainText('removed 1 layout entry for elements that do not exist (lpar-404)');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Design name')).toHaveValue(before.name);
  expect(errors).toEqual([]);
});
