import { formatProblem, type Problem } from '../../../shared/content/problems';
import '../styles/live-problems.css';

/**
 * Live preview (`--watch`): what is wrong with the pack as saved, one `file:path: message` line
 * each, over the last valid deck, which keeps playing underneath. Only the author sees it (window
 * mode); it goes away by itself once the files are fixed. English only: it speaks to the person
 * editing deck.json, in the words the content check and the log use.
 */
export function LiveProblems({ problems }: { problems: readonly Problem[] | undefined }) {
  if (!problems || problems.length === 0) return null;
  return (
    <aside className="live-problems" role="alert" data-testid="live-problems" lang="en" dir="ltr">
      <h2>The pack on disk has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}</h2>
      <p>The last version that worked stays on screen until you fix and save.</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} className={`live-problem live-problem-${p.severity}`}>
            {formatProblem(p)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
