/** Every page of the built site that browser tests visit, in reading order. */
export const SECTION_PATHS = [
  '/overview/',
  '/benefits/',
  '/how-to-prepare/',
  '/finding-a-therapist/',
  '/self-care/',
  '/stress-and-back-pain/',
  '/manual-therapy/',
  '/exercise-and-physical-therapy/',
  '/nutrition-and-diet/',
  '/stress-management/',
  '/conclusion/',
] as const;

export const ALL_PATHS = ['/', ...SECTION_PATHS, '/guide/', '/search/', '/offline/', '/404.html'] as const;
