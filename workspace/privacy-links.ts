/** A link found on the analysed page. */
export interface PageLink {
  href: string;
  text: string;
}

// Words that name a privacy policy or notice in the six supported languages (link text or URL path).
const STRONG_TEXT =
  /(?<![\p{L}\p{N}])(?:privacy(?:[ -](?:policy|notice|statement|center|centre))?|data protection(?: (?:policy|notice|declaration))?|politique de confidentialit[ée]|confidentialit[ée]|donn[ée]es personnelles|protection des donn[ée]es|datenschutz\p{L}*|privacybeleid|privacyverklaring|informativa(?: sulla)? privacy|protezione dei dati|pol[ií]tica de privacidad|privacidad|protecci[oó]n de datos)(?![\p{L}\p{N}])/iu;
const PATH = /(?:privacy|datenschutz|confidentialit|privacidad|privacybeleid|privacyverklaring|informativa|gdpr|rgpd|dsgvo|avg)/i;
// Cookie-only and terms pages are not privacy policies (REPORT.md counts them as negatives).
const NEGATIVE = /(?<![\p{L}\p{N}])(?:cookie|cookies|terms|conditions|cgu|cgv|agb|nutzungsbedingungen|voorwaarden|termini|t[ée]rminos|settings|einstellungen|param[eè]tres|preferences)(?![\p{L}\p{N}])/iu;

function score(link: PageLink): number {
  const text = link.text.replace(/\s+/g, ' ').trim();
  let path = '';
  try {
    const u = new URL(link.href);
    path = decodeURIComponent(u.pathname + u.hash);
  } catch {
    return 0;
  }
  let s = 0;
  if (STRONG_TEXT.test(text)) s += 2;
  if (PATH.test(path)) s += 1;
  if (s > 0 && NEGATIVE.test(text) && !/privacy|confidentialit|datenschutz|privacidad/i.test(text)) s -= 2;
  if (/cookie/i.test(path) && !/privacy|datenschutz|confidentialit|privacidad/i.test(path)) s -= 1;
  return s;
}

/**
 * Picks links that most likely lead to the site's privacy policy, best first,
 * for a page that is not itself one: the link text or path names a privacy
 * policy in one of the supported languages; cookie-only and terms links lose.
 * Only http(s) links, never the page itself; at most `limit`.
 */
export function findPrivacyLinks(links: readonly PageLink[], pageUrl: string, limit = 3): PageLink[] {
  const strip = (u: string) => u.replace(/#.*$/, '');
  let here = '';
  try {
    here = strip(new URL(pageUrl).href);
  } catch {
    here = pageUrl;
  }
  const best = new Map<string, { link: PageLink; score: number; order: number }>();
  links.forEach((link, order) => {
    let abs: URL;
    try {
      abs = new URL(link.href, pageUrl);
    } catch {
      return;
    }
    if (abs.protocol !== 'http:' && abs.protocol !== 'https:') return;
    const key = strip(abs.href);
    if (key === here) return;
    const candidate = { href: abs.href, text: link.text.replace(/\s+/g, ' ').trim() };
    const s = score(candidate);
    if (s < 2) return;
    const prev = best.get(key);
    if (!prev || s > prev.score) best.set(key, { link: candidate, score: s, order: prev?.order ?? order });
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.link);
}
