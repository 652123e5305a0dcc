import type { JSX } from 'react';
import type { Visual } from '../../../shared/content';
import { assertNever } from '../../../shared/assert-never';
import type { IllustrationProps } from './palette';
import { Medal } from './medal';
import { Certificate } from './certificate';
import { Train } from './train';
import { Globe } from './globe';
import { Handshake } from './handshake';
import { Survey } from './survey';
import { Route } from './route';

export type { IllustrationProps } from './palette';

/** The names the pack may use (`IllustrationName` in the schema). */
export type IllustrationName = Extract<Visual, { kind: 'illustration' }>['name'];

/** Renders one of the drawn illustrations by its pack name. */
export function Illustration({ name, ...props }: IllustrationProps & { name: IllustrationName }): JSX.Element {
  switch (name) {
    case 'medal':
      return <Medal {...props} />;
    case 'certificate':
      return <Certificate {...props} />;
    case 'train':
      return <Train {...props} />;
    case 'globe':
      return <Globe {...props} />;
    case 'handshake':
      return <Handshake {...props} />;
    case 'survey':
      return <Survey {...props} />;
    case 'route':
      return <Route {...props} />;
    default:
      return assertNever(name);
  }
}
