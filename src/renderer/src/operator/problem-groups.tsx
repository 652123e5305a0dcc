import type { ProblemGroup } from '../../../shared/ipc';
import { operatorLocale, say } from './operator-text';
import { problemWords } from './problem-words';

/** Lines shown per group before "and N more" (every problem is in the log). */
const SHOWN_PER_GROUP = 6;

/** A slide title in the operator's language, else English, else whatever the pack has. */
function titleIn(title: Record<string, string> | null): string | null {
  if (!title) return null;
  return title[operatorLocale()] ?? title.en ?? Object.values(title)[0] ?? null;
}

function heading(group: ProblemGroup): string {
  const where = group.where ?? '';
  if (group.role === 'settings') return say('groupSettings', { where });
  if (group.role === 'failed') return say('groupFailed', { where });
  return say(group.origin === 'custom' ? 'groupPlayingCustom' : 'groupPlayingBundled', { where });
}

/**
 * Problems by pack, each under its own folder (the one that failed named as such), slides counted
 * from 1 with their own titles, the validator's words said for people.
 */
export function ProblemGroups({ groups }: { groups: ProblemGroup[] }) {
  if (groups.length === 0) return <p data-testid="content-problems">{say('contentNoProblems')}</p>;
  return (
    <div className="operator-groups" data-testid="content-problems">
      {groups.map((group) => {
        const titles = group.slideTitles.map(titleIn);
        const shown = group.problems.slice(0, SHOWN_PER_GROUP);
        const more = group.problems.length - shown.length;
        return (
          <section
            key={`${group.role}:${group.where}`}
            className={`operator-group operator-group-${group.role}`}
            data-testid={`problem-group-${group.role}`}
            data-origin={group.origin}
          >
            <h4 className="operator-group-heading">{heading(group)}</h4>
            <ul className="operator-problems">
              {shown.map((problem, i) => {
                const words = problemWords(problem, titles);
                return (
                  <li key={i} data-testid="problem" data-severity={problem.severity}>
                    {words.warning && <span className="operator-tag">{say('problemWarning')}</span>}
                    {!(group.role === 'settings' && words.inFile) && (
                      <span className="operator-problem-where">{words.where}</span>
                    )}
                    {words.field && <code className="operator-problem-field">{words.field}</code>}
                    <span className="operator-problem-what">{words.what}</span>
                  </li>
                );
              })}
            </ul>
            {more > 0 && <p className="operator-hint">{say('groupMore', { count: more })}</p>}
          </section>
        );
      })}
    </div>
  );
}
