/**
 * `npm run snapshots [locale …] [--only scene …]`: PNGs of the bundled deck and the app's other
 * screens in out/snapshots/, one scene module per group (scripts/snapshots/).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from '../harness/browser';
import { startMain, REPO } from '../harness/main-bridge';
import type { Scene } from './snapshots/scene';
import { slideScenes } from './snapshots/slides';
import { operatorAndKioskScenes } from './snapshots/operator-and-kiosk';
import { presenterScenes } from './snapshots/presenter';

const OUT = join(REPO, 'out', 'snapshots');

/** Every scene by name; `--only name` runs just those. */
const SCENES: Record<string, Scene> = {
  slides: slideScenes,
  'operator-and-kiosk': operatorAndKioskScenes,
  presenter: presenterScenes,
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf('--only');
  const sceneNames = onlyAt >= 0 ? args.slice(onlyAt + 1) : Object.keys(SCENES);
  const localeArgs = onlyAt >= 0 ? args.slice(0, onlyAt) : args;
  const unknown = sceneNames.filter((n) => !(n in SCENES));
  if (unknown.length > 0)
    throw new Error(`unknown scene(s): ${unknown.join(', ')} (known: ${Object.keys(SCENES).join(', ')})`);
  await mkdir(OUT, { recursive: true });
  const browser = await launchChromium();
  const probe = await startMain();
  const locales = probe.content.snapshot.deck.locales.filter((l) => localeArgs.length === 0 || localeArgs.includes(l));
  probe.dispose();
  let count = 0;
  for (const name of sceneNames) count += await SCENES[name]({ browser, out: OUT, locales });
  await browser.close();
  console.log(`${count} snapshots in ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(`snapshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
