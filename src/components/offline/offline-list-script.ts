/**
 * The offline page's script, inline: the page is shown when there is no connection, so it cannot count on fetching a
 * script file that was never kept. Of the guide's pages it lists, it keeps those saved on this device, so that every
 * link the reader sees opens; the list shows once that is known (its room is kept in global.css). Its hash goes into the CSP (src/integrations/security-headers/policy.ts).
 */
import { CACHE_PREFIX } from '../../client/offline/offline-manifest';

export const OFFLINE_LIST_SCRIPT = `(async()=>{const list=document.querySelector('offline-pages');const items=list.querySelector('ul');items.hidden=true;const names=(await caches.keys()).filter((name)=>name.startsWith(${JSON.stringify(CACHE_PREFIX)}));let shown=0;for(const link of list.querySelectorAll('a')){let saved=false;for(const name of names)if(await(await caches.open(name)).match(link.getAttribute('href'))){saved=true;break}link.closest('li').hidden=!saved;if(saved)shown++}list.querySelector('[data-none]').hidden=shown>0;items.hidden=false})()`;
