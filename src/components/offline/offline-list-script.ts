/**
 * The offline page's script, inline: the page is shown when there is no connection, so it cannot count on fetching a
 * script file that was never kept. Of the guide's pages it lists, it keeps those in the cache of the worker that
 * serves the page (its build's cache, which the worker names when asked its status), so that every link the reader
 * sees opens; the list shows once that is known (its room is kept in global.css). Its hash goes into the CSP
 * (src/integrations/security-headers/policy.ts), so its text is the same under any base path.
 */

export const OFFLINE_LIST_SCRIPT = `(async()=>{const list=document.querySelector('offline-pages');const items=list.querySelector('ul');items.hidden=true;const worker=navigator.serviceWorker&&navigator.serviceWorker.controller;const cacheName=worker&&await new Promise((done)=>{const channel=new MessageChannel();channel.port1.onmessage=(event)=>done(event.data.cache);worker.postMessage({type:'status'},[channel.port2]);setTimeout(done,5000)});let shown=0;for(const link of list.querySelectorAll('a')){const saved=!!cacheName&&!!(await caches.match(link.getAttribute('href'),{cacheName}));link.closest('li').hidden=!saved;if(saved)shown++}list.querySelector('[data-none]').hidden=shown>0;items.hidden=false})()`;
