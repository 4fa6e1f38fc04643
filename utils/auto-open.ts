/**
 * Per-site auto-open ("Always open articles on this site", in the popup): the sites where the reader
 * opens by itself once the content script judges a page an article. Opening without a click needs
 * host access to the site, since activeTab comes only with a click, so the popup asks for access to
 * that one site from the reader's click (optional_host_permissions), and gives it back on opting out.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** The opted-in sites, as scheme and host name ("https://news.example"); read through `sitesFrom`. */
export const autoOpenSites = storage.defineItem<string[]>('local:autoOpenSites', { fallback: [] });

/**
 * A page's site: its scheme and host name, the grain of a host permission (without the port, which
 * Firefox's match patterns cannot hold). Undefined for pages Sift does not read (browser pages, files).
 */
export function siteOf(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}` : undefined;
}

/** The stored list, with anything corrupt or hand-edited that is not a site left out, silently. */
export function sitesFrom(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((site): site is string => typeof site === 'string' && siteOf(site) === site) : [];
}

const accessTo = (site: string) => ({ origins: [`${site}/*`] });

/** Whether the reader should open by itself on this page's site: opted in, and access still granted. */
export async function autoOpens(url: string): Promise<boolean> {
  const site = siteOf(url);
  if (!site || !sitesFrom(await autoOpenSites.getValue()).includes(site)) return false;
  // The reader may have withdrawn the access in the browser's extension settings since.
  return browser.permissions.contains(accessTo(site));
}

/**
 * The popup's switch. Call it straight from the click: the browser asks the reader for access to the
 * site, and Firefox accepts that request only from a user action. Answers whether it is now on.
 */
export async function setAutoOpen(site: string, on: boolean): Promise<boolean> {
  if (on) {
    if (!(await browser.permissions.request(accessTo(site)))) return false;
    const sites = sitesFrom(await autoOpenSites.getValue()).filter((other) => other !== site);
    await autoOpenSites.setValue([...sites, site]);
    return true;
  }
  await autoOpenSites.setValue(sitesFrom(await autoOpenSites.getValue()).filter((other) => other !== site));
  // Sift keeps host access only where it uses it. A build that holds the access as a required
  // permission (the browser tests' build) cannot give it back; the list alone decides then.
  await browser.permissions.remove(accessTo(site)).catch(() => false);
  return false;
}
