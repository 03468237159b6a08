/**
 * The search page's only inline script. It runs in `<head>`, before the first paint: when the address carries a
 * query, it marks `<html>` so that the results' space is reserved (global.css) and the topic index below does not
 * jump when they arrive. Its hash goes into the CSP (astro.config.mjs), so it is the one inline script allowed.
 */
import { HAS_QUERY_CLASS, QUERY_PARAM } from '../../consts';

/** The script's exact text: its CSP hash is computed from this string. */
export const QUERY_FLAG_SCRIPT = `if((new URLSearchParams(location.search).get(${JSON.stringify(QUERY_PARAM)})||'').trim())document.documentElement.classList.add(${JSON.stringify(HAS_QUERY_CLASS)})`;
