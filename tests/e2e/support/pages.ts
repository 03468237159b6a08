/**
 * The pages browser tests visit, read from the content the site was built from (CONTENT_DIR, else content/:
 * tests/support/guide.ts) and the site's own addresses (src/consts.ts), so that adding, moving or renaming a section
 * needs no change to the tests.
 */
import { PATHS } from '../../../src/consts';
import { LONGEST_SECTION, SECTION_PATHS } from '../../support/guide';

export {
  LONGEST_SECTION,
  SECTIONS,
  SECTION_PAGES,
  SECTION_PATHS,
  sectionWithHeading,
  type SectionFacts,
} from '../../support/guide';

/** The path of the section page whose file is longest: the one most likely to run several screens. */
export const LONGEST_SECTION_PATH: string = LONGEST_SECTION.path;

/** Every page of the built site that browser tests visit. */
export const ALL_PATHS: readonly string[] = [
  PATHS.home,
  ...SECTION_PATHS,
  PATHS.wholeGuide,
  PATHS.search,
  PATHS.offline,
  PATHS.notFound,
];

/**
 * One page of each template: the home page, a section page, the whole guide and the pages that are not sections. The
 * section pages share one template, so checks of the template itself (axe at desktop size) need only one of them.
 */
export const TEMPLATE_PATHS: readonly string[] = [
  PATHS.home,
  LONGEST_SECTION.path,
  PATHS.wholeGuide,
  PATHS.search,
  PATHS.offline,
  PATHS.notFound,
];
