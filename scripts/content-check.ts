// npm run content:check -- <pack-dir>
// Checks a content pack with the very loader the app uses. Exit 0: valid (one summary line,
// then any warnings); 1: invalid (one `<file>:<json.path>: <message>` line per problem);
// 2: usage or an unexpected failure. Never prints a stack trace: the reader is an exhibitor.
import { formatProblem } from '../src/shared/content/problems';
import { loadPack } from '../src/main/content/load-pack';

const USAGE = 'usage: npm run content:check -- <pack-dir>';

function bail(message: string): never {
  console.error(`content:check: ${message}`);
  process.exit(2);
}

process.on('uncaughtException', (e) => bail(`unexpected error: ${e instanceof Error ? e.message : String(e)}`));
process.on('unhandledRejection', (e) => bail(`unexpected error: ${e instanceof Error ? e.message : String(e)}`));

async function main(args: string[]): Promise<number> {
  const dirs = args.filter((a) => a !== '--');
  if (dirs.length !== 1 || dirs[0].startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const result = await loadPack(dirs[0]);
  if (!result.ok) {
    for (const p of result.problems) console.log(formatProblem(p));
    return 1;
  }
  const { deck } = result.value;
  const n = result.warnings.length;
  console.log(
    `ok: ${deck.id} — ${deck.slides.length} slides, ${deck.locales.length} locales (${deck.locales.join(', ')}), ` +
      `${n} warning${n === 1 ? '' : 's'}`,
  );
  for (const w of result.warnings) console.log(formatProblem(w));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => bail(`unexpected error: ${e instanceof Error ? e.message : String(e)}`),
);
