/**
 * The inline script in every page's `<head>` that applies the reader's text size and spacing before the first paint,
 * so the page never jumps (CLS 0). Its hash goes into the CSP (src/integrations/security-headers/policy.ts); where
 * storage is blocked it does nothing, and without scripts the page stays as it is.
 */
import { TEXT_SETTINGS } from '../../client/reading/settings';

/** The `dataset` name of TEXT_SETTINGS.attribute (`data-text` → `text`). */
const datasetName = TEXT_SETTINGS.attribute.slice('data-'.length);

/** The script's exact text: its CSP hash is computed from this string. */
export const TEXT_SETTINGS_SCRIPT = `try{document.documentElement.dataset.${datasetName}=localStorage.getItem(${JSON.stringify(TEXT_SETTINGS.storageKey)})||""}catch{}`;
