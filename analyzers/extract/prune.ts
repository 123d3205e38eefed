/**
 * Boilerplate pruning for the fallback path: the whole body minus navigation,
 * chrome, forms, hidden elements and cookie/consent banners.
 */

/** Page chrome that never holds the policy. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'button', 'select', 'dialog', 'iframe']);

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'search', 'menu', 'menubar']);

// Consent-manager containers by vendor id/class, and generic "cookie/consent + banner-ish word" names.
// A policy section *about* cookies ("cookies", "cookie-policy", "section-cookies") has no banner word, so it stays;
// "privacy"/"gdpr" prefixes are not used: "privacy-notice" is what a policy itself is called.
const BANNER_NAME =
  /(?:^|[\s_-])(?:onetrust-(?:consent-sdk|banner-sdk|pc-sdk)|cybotcookiebot\w*|cookiebot\w*|didomi-(?:host|popup|notice)\w*|usercentrics\w*|uc-banner\w*|truste-consent\w*|qc-cmp\w*|osano-cm\w*|iubenda-cs\w*|axeptio_\w*|tarteaucitron\w*|cc-window|cc-banner|cmplz-cookiebanner\w*|sp_message_container\w*)(?:$|[\s_-])|(?:cookie|consent|cmp)[-_]?(?:banner|bar|notice|notification|popup|pop-up|modal|overlay|dialog|consent|wall|law|prompt|alert|message|layer)\b/i;

/** True when an element is hidden by its own attributes (no layout available in Node). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  // Only display:none: collapsed accordion panels use visibility:hidden / height:0 and a reader opens them.
  return /(?:^|;)display:none/.test(style);
}

/** True for a cookie/consent banner container (by vendor name or by id/class wording). */
export function isConsentBanner(el: Element): boolean {
  const name = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (name.trim().length === 0) return false;
  return BANNER_NAME.test(name);
}

/** True for an element the fallback path leaves out. */
export function isBoilerplate(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  // ASP.NET WebForms and some CMSs wrap the whole page in one <form>: that one is content.
  if (tag === 'form') return el.querySelector('p, h1, h2, h3, article, main, section') === null;
  if (CHROME.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  if (el.getAttribute('aria-modal') === 'true') return true;
  return isHidden(el) || isConsentBanner(el);
}
