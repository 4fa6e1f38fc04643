/** Reads the page's schema.org JSON-LD: the article object and the site's name, if the page states them. */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/**
 * schema.org types that describe one article (or a page whose main entity is one). A Question is a Q&A
 * thread's opening post (QAPage's main entity, as NodeBB and Stack Exchange state it): its author and date.
 */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|SocialMediaPosting|LiveBlogPosting|Report|DiscussionForumPosting|Question|Recipe|HowTo|Review)$/;

/** schema.org types of a product offered on the page; listed inside an ItemList they are a shelf's items, not objects of their own. */
const PRODUCT_TYPE = /^(?:Product|ProductGroup|IndividualProduct|ProductModel)$/;

/** schema.org types of a forum's thread or a Q&A page: its replies are what the page holds, not readers' comments. */
const DISCUSSION_TYPE = /^(?:DiscussionForumPosting|QAPage)$/;

/** Pages written for XHTML wrap the block in a CDATA section (sometimes behind "//"), which JSON does not allow. */
const CDATA_WRAPPER = /^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g;
/**
 * Raw line breaks and tabs inside a string (a multi-line description pasted into the template) are not
 * JSON, but the author meant spaces: 11 of the 26 broken blocks on WCXB's pages read once they are.
 */
const CONTROL_CHARACTERS = /[\u0000-\u001f]+/g;

export interface JsonLdFacts {
  article?: JsonObject;
  /** A live blog's object, whose `liveBlogUpdate` lists its entries (it may follow the page's article object). */
  liveBlog?: JsonObject;
  siteName?: string;
  /**
   * The first dates stated by any object: many sites (Yoast's WordPress graph among them) date the
   * WebPage and declare no article object at all.
   */
  datePublished?: string;
  dateModified?: string;
  /** The Product (or ProductGroup) the page states of its own: it is a shop's product page. */
  product?: JsonObject;
  /** The page states a forum thread or a Q&A page (see DISCUSSION_TYPE). */
  discussion?: boolean;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseBlock(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return JSON.parse(text.replace(CONTROL_CHARACTERS, ' ')) as Json;
  }
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((entry): entry is string => typeof entry === 'string');
}

/** The objects `value` holds: itself when one, each object of it when a list. */
const asObjects = (value: Json | undefined): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : isObject(value) ? [value] : []);

/**
 * What an object's offers sell (`offers.itemOffered`): a shop that states its page as a WebPage whose
 * main entity is the offer (eBay) names the product only there.
 */
const itemsOffered = (node: JsonObject): JsonObject[] => asObjects(node.offers).flatMap((offer) => asObjects(offer.itemOffered));

/**
 * Every object of the blocks, `@graph` and arrays flattened one level deep (as sites publish them), each
 * followed by its `mainEntity` (forum software, XenForo, states the thread's opening post, its author
 * and date, as the WebPage's main entity) and by the items that main entity's offers sell.
 */
function objectsOf(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  const nodes = Array.isArray(graph) ? [value, ...graph.filter(isObject)] : [value];
  return nodes.flatMap((node) => (isObject(node.mainEntity) ? [node, node.mainEntity, ...itemsOffered(node.mainEntity)] : [node]));
}

/**
 * A value with each object that only refers to another (`{"@id": "…/#/schema/person/…"}`) replaced by the object
 * it refers to: Yoast's WordPress graph states an article's author so, the Person's name in a node of its own.
 */
function withReferencesResolved(value: Json, named: Map<string, JsonObject>): Json {
  if (Array.isArray(value)) return value.map((entry) => withReferencesResolved(entry, named));
  const id = isObject(value) && value.name === undefined ? value['@id'] : undefined;
  return (typeof id === 'string' && named.get(id)) || value;
}

/** The facts stated in the page's JSON-LD blocks (see stated-elements.ts), in document order. */
export function readJsonLd(scripts: Element[]): JsonLdFacts {
  const facts: JsonLdFacts = {};
  // The objects that have a name, by their @id, for the article's references to them.
  const named = new Map<string, JsonObject>();
  for (const script of scripts) {
    let parsed: Json;
    try {
      parsed = parseBlock((script.textContent ?? '').replace(CDATA_WRAPPER, ''));
    } catch {
      continue; // A broken block is common; the other sources still answer.
    }
    for (const node of objectsOf(parsed)) {
      const types = typesOf(node);
      if (facts.article === undefined && types.some((type) => ARTICLE_TYPE.test(type))) facts.article = node;
      if (facts.liveBlog === undefined && types.includes('LiveBlogPosting')) facts.liveBlog = node;
      if (facts.product === undefined && types.some((type) => PRODUCT_TYPE.test(type))) facts.product = node;
      if (types.some((type) => DISCUSSION_TYPE.test(type))) facts.discussion = true;
      if (facts.siteName === undefined && types.includes('WebSite')) facts.siteName = stringOf(node.name);
      facts.datePublished ??= stringOf(node.datePublished);
      facts.dateModified ??= stringOf(node.dateModified);
      if (typeof node['@id'] === 'string' && node.name !== undefined) named.set(node['@id'], node);
    }
  }
  const { article } = facts;
  if (article?.author !== undefined) facts.article = { ...article, author: withReferencesResolved(article.author, named) };
  return facts;
}

/** A plain string, or the `name` of an object, or the names of a list joined with commas. */
export function stringOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(stringOf).filter((name): name is string => name !== undefined);
    return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
  }
  if (isObject(value)) return stringOf(value.name);
  return undefined;
}

/** schema.org types of an organisation, named as an article's author by many company blogs. */
const ORGANISATION_TYPE = /Organi[sz]ation$|^Corporation$|Business$/;

/**
 * An author value's names, people apart from organisations: company blogs name the company as the
 * author (beside the writer or instead of the writer the page shows).
 */
export function authorsOf(value: Json | undefined): { people?: string; organisations?: string } {
  const entries = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const isOrganisation = (entry: Json) => isObject(entry) && typesOf(entry).some((type) => ORGANISATION_TYPE.test(type));
  return { people: stringOf(entries.filter((entry) => !isOrganisation(entry))), organisations: stringOf(entries.filter(isOrganisation)) };
}

/** An image given as a URL string, an ImageObject, or a list of either: the first URL. */
export function imageOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(imageOf).find((url) => url !== undefined);
  if (isObject(value)) return imageOf(value.url ?? value.contentUrl);
  return undefined;
}
