/**
 * The search page's inline script, in `<head>` before the first paint: when the address carries a query, it marks
 * `<html>` so that the results' room is kept (global.css) and the topic index below does not jump when they arrive.
 */
import { HAS_QUERY_CLASS, QUERY_PARAM } from '../../consts';

if (new URLSearchParams(location.search).get(QUERY_PARAM)?.trim())
  document.documentElement.classList.add(HAS_QUERY_CLASS);
