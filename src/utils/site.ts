/** Names and phrases the whole site shares. */
export const GUIDE_TITLE = 'Will Deep Tissue Massage Help Lower Back Pain?';
export const SITE_NAME = 'Back Pain Massage Guide';
export const GUIDE_DESCRIPTION =
  'A plain-language guide to deep tissue massage for lower back pain: how it works, its benefits, how to prepare, self-care, exercise, diet and stress.';
