/**
 * The words that start the accessible names of heading share controls, rendered once per page by ShareTools and
 * referenced with aria-labelledby (with the heading itself), so no heading's words are repeated in the markup.
 */
export const SHARE_LABELS = {
  section: {
    link: { id: 'share-label-section-link', text: 'Link to this section:' },
    share: { id: 'share-label-section', text: 'Share this section:' },
  },
  page: {
    link: { id: 'share-label-page-link', text: 'Link to this page:' },
    share: { id: 'share-label-page', text: 'Share this page:' },
  },
} as const;
