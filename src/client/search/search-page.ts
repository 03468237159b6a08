/**
 * `<search-page>` on /search/ (src/components/search/SearchPage.astro): searches as the reader types. Its code loads
 * straight away, as opening the search page shows the intent to search.
 */
class SearchPage extends HTMLElement {
  connectedCallback() {
    this.querySelector<HTMLElement>('[data-no-script]')!.hidden = true;
    void import('./page').then(({ mountSearchPage }) => mountSearchPage(this));
  }
}

customElements.define('search-page', SearchPage);
