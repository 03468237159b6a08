// Global setup of the `edited` test project (vitest.config.ts): builds the edited guide (tests/support/edited-guide.ts)
// unless a build of the same sources and content is there, before its tests read it.
import { editedSite } from '../support/edited-guide';

export default async function setup(): Promise<void> {
  await editedSite();
}
