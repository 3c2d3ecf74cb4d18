// Another Lit on the page: a Lit 2 element from the page's own build (here the npm alias lit-2 = lit@2.8.0).
import { LitElement, html } from 'lit-2';

class PageBadge extends LitElement {
  render() {
    return html`<span>Lit ${globalThis.litElementVersions?.join(', ')}</span>`;
  }
}
customElements.define('page-badge', PageBadge);
