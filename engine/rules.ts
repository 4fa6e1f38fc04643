/**
 * THE clutter rule set: every kind of block a reader does not want in the article, as data.
 *
 * Each group says how to recognise its blocks in three general ways:
 * - `selectors`: CSS selectors for widely deployed components (consent platforms, WordPress plugins,
 *   Foxiz/JNews-style theme widgets, ad and recommendation networks). Never one site's own class name.
 * - `names`: words looked for in an element's class and id, after normalising `_`, camelCase and case
 *   to `kebab-case` (so `jnews_related_post`, `relatedPosts` and `related-posts` all read `related`).
 *   A word matches whole: `share` matches `share-bar` but not `shared-worker`.
 * - `labels`: the exact heading of a clutter block ("You might also like", "Lire aussi"), compared with
 *   the block's first line, lowercase, without trailing punctuation ("Donate today!", "Related:") or a
 *   footnote's asterisk ("Subscribe & save*").
 * - `openings`: how the sentence of a clutter block starts ("By using this site, you agree"), compared
 *   with the start of the block's first line.
 * Texts cover en, fr, de, es, it, pt, nl. The engine removes the largest short block a rule matches
 * (see clutter.ts), and never a block that holds most of the article's text.
 */

export interface RuleGroup {
  /** What the group removes and why readers do not want it. */
  readonly description: string;
  readonly selectors: readonly string[];
  readonly names: readonly string[];
  readonly labels: readonly string[];
  readonly openings: readonly string[];
}

/** Cookie and consent banners, including the consent platforms most sites deploy. */
export const consent: RuleGroup = {
  description: 'Cookie and privacy consent banners and dialogs (CMPs).',
  selectors: [
    '#onetrust-consent-sdk', '#onetrust-banner-sdk', '#ot-sdk-btn', // OneTrust
    '#didomi-host', '.didomi-popup-container', // Didomi
    '#qc-cmp2-container', '.qc-cmp2-container', // Quantcast Choice
    '#CybotCookiebotDialog', '#CookiebotWidget', // Cookiebot
    '[id^="sp_message_container"]', '.sp_veil', // Sourcepoint
    '#truste-consent-track', '#consent_blackbar', '.truste_box_overlay', // TrustArc
    '#usercentrics-root', '#cmpbox', '.cc-window', '#cookie-law-info-bar', '.cky-consent-container',
    '#moove_gdpr_cookie_info_bar', '.cmplz-cookiebanner', '#BorlabsCookieBox', // common WordPress CMPs
    '#fides-overlay', '#fides-overlay-wrapper', '#fides-banner-container', '.fides-modal-container', // Ethyca Fides
    '#axeptio_overlay', '.axeptio_mount', // Axeptio
    '#ensNotifyBanner', '#ensModalWrapper', // Ensighten
  ],
  // Not "cmp": Adobe's widely deployed Core Components name every block cmp-*.
  names: ['cookie', 'cookies', 'consent', 'gdpr', 'privacy-bar', 'cookie-notice', 'cookiebanner'],
  labels: ['cookie settings', 'cookie preferences', 'privacy settings', 'paramètres des cookies', 'cookie-einstellungen'],
  openings: [
    'by using this site, you agree', 'by using this website, you agree', 'by continuing to browse',
    'by continuing to use', 'we use cookies', 'this site uses cookies', 'this website uses cookies',
    'we value your privacy', 'we care about your privacy', 'your privacy choices',
    'nous utilisons des cookies', 'ce site utilise des cookies', 'avec votre accord',
    'wir verwenden cookies', 'diese website verwendet cookies', 'wir nutzen cookies',
    'utilizamos cookies', 'este sitio web utiliza cookies', 'este sitio utiliza cookies',
    'utilizziamo i cookie', 'questo sito utilizza cookie', 'utilizamos cookies para',
    'este site utiliza cookies', 'wij gebruiken cookies', 'deze website gebruikt cookies',
  ],
};

/** Site menus, breadcrumbs, skip links, post-to-post navigation and pagination. */
export const navigation: RuleGroup = {
  description: 'Menus, breadcrumbs, skip links, previous/next navigation.',
  selectors: [
    'nav', '[role="navigation"]', '[role="menubar"]', '[role="banner"]', 'body > header', '.skip-link', '.screen-reader-text',
    '.post-navigation', '.nav-links', '.breadcrumb', '.breadcrumbs', '[aria-label="breadcrumb" i]',
    // MediaWiki's "[edit]" beside each section heading (Wikipedia, Fandom and every other MediaWiki site).
    '.mw-editsection',
    // The tables of contents WordPress plugins put at an article's head ("Contents [hide]"): links to its own
    // headings, which the reader shows anyway (LuckyWP Table of Contents, Ultimate Blocks).
    '.lwptoc', '.ub_table-of-contents',
    // XenForo 2's bars above and below a block of posts: the page links, the sort tabs ("Sort by votes"),
    // the thread's status ("Not open for further replies") and the reply button.
    '.block--messages > .block-outer',
    // FluxBB and PunBB's bars above and below the posts: the breadcrumbs and the page links.
    '.linkst', '.linksb', '.postlinksb',
    // Rustdoc's line beside each item of an API page (the Rust standard library, every crate on docs.rs): the
    // version it is stable since and a link to its source ("1.70.0 (const: unstable) · Source").
    '.since[title^="Stable"]', 'a.src[href*="/src/"]',
  ],
  names: [
    'nav', 'navbar', 'navigation', 'menu', 'submenu', 'breadcrumb', 'breadcrumbs', 'skip-link',
    'pagination', 'pager', 'masthead', 'site-header', 'mobile-menu', 'sticky-title', 'header-mobile',
    'prev-next',
  ],
  labels: ['skip to content', 'skip to main content', 'aller au contenu', 'zum inhalt springen', 'menu',
    'post navigation', 'previous post', 'next post', 'older post', 'newer post', 'table of contents', 'in this article', 'on this page', 'jump to', 'jump to recipe', 'jump to section', 'jump to chapter', 'view in list', 'back to top', 'tags', 'tagged', 'étiquettes', 'schlagwörter', 'etiquetas'],
  openings: ['reading:', 'previous article', 'next article', 'previous:', 'next:', 'article précédent', 'article suivant', 'skip to '],
};

/**
 * A tab widget's list of tabs, named with the navigation group's words (`faq-tabs-menu`, `filter-menu-tabs`,
 * `tab-nav`): when it holds a paragraph, it holds the page's own panels (an FAQ whose answers open under
 * each question), not links to the site's other pages, and those words in such a compound do not make it,
 * or the tabs in it, clutter; its other names still may (Bootstrap's `nav nav-tabs`). A list of the tabs'
 * labels alone ("Overview", "Specs", headings or not) is the widget's controls and goes.
 */
export const TAB_LIST = /(?:^|[^a-z0-9])(?:tabs?-(?:menu|nav)|(?:menu|nav)-tabs?)(?=$|[^a-z0-9])/;

/**
 * A link's note to screen readers that it opens a new window or tab ("Opens a new window", "(opens in a new
 * tab)", " - opens in a new window or tab"): sites hide it from sight with their style sheets, which a
 * reader view does not apply, so it would show glued to the link's words ("saidOpens a new window").
 * A link that says only "Open in a new tab" (beside a figure in PubMed Central) is the page's control too.
 */
export const NEW_WINDOW_HINT = /^[\s(\-–—]*opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:window|tab)(?:\s+or\s+tab)?[\s).]*$/i;

/**
 * The names of a call to action, which stands alone ("Ready to start? Get a quote"). This many of them
 * side by side, each with a heading of its own, are the cards of a list built with a page builder's
 * call-to-action widget (Elementor's: a picture, a title, a description, a button), and those names
 * do not make them clutter; the buttons in them still go by the promo group's other names. Nor does a
 * block so named that holds more than `maxProseChars` of paragraphs: a call to action is a line or two
 * over its button, and a page builder's banner widget filled with paragraphs is one of the page's sections.
 */
export const CALL_TO_ACTION_CARDS = { names: ['cta', 'call-to-action'], minCards: 3, maxProseChars: 500 };

/**
 * The names of a button. A link or a button so named is a call to action ("Contact us", "Get started
 * free") whatever else its classes say: page builders add their own words to each button's classes
 * (`gb-button-text`, `kt-btn-has-text-true`, Tailwind's `text-weight-medium`, `w-content`), which
 * elsewhere name the article.
 */
export const BUTTON = { names: ['btn', 'button'], tags: ['a', 'button'] };

/**
 * The button that puts a product in the cart. A page showing one, or a few (the buy box and its sticky
 * copy, a bundle's), is that product's page; a category or a gift guide shows one per product.
 */
export const BUY_BUTTON = {
  labels: ['add to cart', 'add to bag', 'add to basket', 'buy now', 'in den warenkorb', 'ajouter au panier', 'añadir al carrito',
    'aggiungi al carrello', 'adicionar ao carrinho'],
  maxButtons: 4,
};

/** Recirculation: related posts, "you might also like", trending and most-read lists. */
export const promo: RuleGroup = {
  description: 'Related, recommended, trending and "read next" lists that point away from the article.',
  selectors: [
    '#jp-relatedposts', '.jp-relatedposts', '.yarpp-related', '.yarpp', '.crp_related', // WordPress plugins
    '.jnews_related_post_container', '.jeg_postblock_related', '.single-related', '.related-sec', // JNews, Foxiz
    '.td-related-row', '.td_block_related_posts', '.wp-block-latest-posts', // Newspaper theme, core block
    '.embedded-post-wrap', // Substack's card of another post (its publication, title, excerpt, "Read more")
    // A business's Google reviews shown as a trust badge (Widget for Google Reviews): strangers' ratings of the
    // business, pulled from Maps, not what the page says.
    '.wp-gr',
  ],
  names: [
    'related', 'relatedposts', 'related-posts', 'related-articles', 'recirculation', 'recirc', 'recommended',
    'recommendations', 'donate', 'donation', ...CALL_TO_ACTION_CARDS.names, ...BUTTON.names, 'more-stories', 'more-from', 'read-next', 'read-also', 'also-read', 'trending',
    'most-read', 'most-popular', 'popular-posts', 'you-may-like', 'more-articles', 'promo', 'teaser-list',
    // A shop's invitation to chat with its staff ("Video Chat with a Lighting Expert - Live", "Chat Now").
    'chat-banner',
  ],
  labels: [
    'you might also like', 'you may also like', 'related', 'related posts', 'related articles',
    'related stories', 'related content', 'read next', 'read more', 'more from', 'more stories',
    'recommended', 'recommended for you', 'trending', 'trending now', 'most read', 'most popular',
    'lire aussi', 'à lire aussi', 'vous aimerez aussi', 'sur le même sujet', 'similaire', 'à lire également',
    'das könnte sie auch interessieren', 'mehr zum thema', 'auch interessant', 'weitere artikel', 'lesen sie auch',
    'también te puede interesar', 'te puede interesar', 'noticias relacionadas', 'lee también',
    'potrebbe interessarti anche', 'leggi anche', 'articoli correlati',
    'você também pode gostar', 'leia também', 'notícias relacionadas',
    'dit vind je misschien ook leuk', 'lees ook', 'gerelateerde artikelen', 'popular posts', 'popular articles',
    // The site's latest posts under an article: teaser cards, each a headline, a date and an excerpt.
    'read this next', 'what to read next', 'up next', 'keep reading', 'latest news', 'latest posts', 'latest articles',
    'recent posts', 'recent articles', 'more articles', 'more news', 'related topics', 'related reading',
    'you might also be interested in', 'you may also be interested in', 'you might also enjoy', 'you may also enjoy', 'you might like', 'you may like',
    'recommended reading', 'also in the news', 'more like this', 'trending news', 'recommended posts',
    // A firm's latest papers, surveys and blog posts under its service's pitch: teaser cards, each a kind, a title and a line.
    'featured insights', 'latest insights', 'related insights', 'recent insights',
    // A Q&A site's list of other questions beside the thread, and a forum's of other threads under it.
    'related questions', 'explore related questions', 'related discussions', 'related threads', 'similar threads', 'similar discussions',
    // Shops' recommendation carousels under the product.
    'similar items', 'similar products', 'related products', 'related items', 'recently viewed', 'recently viewed items',
    'recently viewed products', 'frequently bought together', 'customers also viewed', 'customers also bought',
    'customers who viewed this item also viewed', 'customers who bought this item also bought',
    'people who viewed this item also viewed', 'people also viewed', 'more from this seller', "seller's other items",
    'sponsored items', 'explore related items', 'more from this brand', 'complete your order', 'complete the look', 'shop the look', 'this is what customers who viewed this product bought',
    // A shop's or a marketplace's links to other searches under its grid.
    'related searches', 'popular searches',
    // Calls to action: a line that is only a button's words is never part of what the page says.
    ...BUY_BUTTON.labels, 'book now', 'shop now', 'get in touch', 'contact us', 'request a demo',
    'get a demo', 'book a demo', 'start free trial', 'start your free trial', 'notify me', 'join now', 'sign up',
    'sign up for free', 'create account', 'create an account', 'download now', 'get started', 'get started for free',
    'request a quote', 'get a quote', 'get a free quote', 'get a free quote today', 'play video',
    // A review site's link from its list of picks to each full review.
    'read full review', 'read the review', 'read full article',
    // A shop's link from a product's quick view to its own page, left in the page's markup by themes that
    // print the product page and the quick view from one template (Shopify's Dawn and its kin).
    'view full details',
    // A review site's "where to buy" buttons under each pick, and a page's invitations to try or explore further.
    'tell me more', 'try it for yourself', 'see all reviews',
    'become a patron', 'support us on patreon',
    'donate', 'donate now', 'donate today', 'subscribe & save', 'join now for free',
  ],
  openings: [
    // A shop's free-shipping banner, often one line per region the shop delivers to.
    'free shipping on', 'free standard shipping on', 'free express shipping on', 'score free shipping', 'livraison gratuite',
    // A nonprofit newsroom's appeal above its donation form.
    'this story is funded by readers', 'this story was made possible by readers', 'this journalism is funded by readers',
    // Affiliate buttons beside each product a review names ("See price at Amazon", "Check price on Walmart").
    'see price at', 'see price on', 'check price at', 'check price on', 'view price at',
    // The heading of a shop's row of links to its other pages ("Keep exploring iPad.").
    'keep exploring',
    'get in touch with', 'get it on ', 'download on the app store', 'you may be interested in', 'you might be interested in', 'read more:', 'read also:', 'related:', 'see also:', 'lire aussi :', 'lire aussi:', 'lesen sie auch:', 'lee también:', 'leggi anche:', 'leia também:', 'lees ook:',
  ],
};

/**
 * A shop's controls and terms around its products: sorting and filtering a category's grid, counting
 * its results, payment plans, and the delivery and returns notes of the buy box. Readers want the
 * products, not the controls to shop them. Selectors for WooCommerce's result count and sort form,
 * Shopify's Dawn theme facets and the installment messages of Shop Pay, Afterpay and Klarna; no names,
 * for "sort", "filter" and "compare" are words of any page.
 */
export const shop: RuleGroup = {
  description: 'Sort and filter controls, result counts, payment plans, delivery and returns notes.',
  selectors: [
    '.woocommerce-result-count', '.woocommerce-ordering', // WooCommerce
    'facet-filters-form', '.facets-container', '.facets-wrapper', // Shopify Dawn
    'shopify-payment-terms', 'afterpay-placement', 'square-placement', 'klarna-placement', // installment messages
    // Dawn's price badges, which its stylesheet shows only when the price is marked on sale or sold out.
    '.price:not(.price--on-sale) .price__badge-sale', '.price:not(.price--sold-out) .price__badge-sold-out',
  ],
  names: [],
  // Not a product card's own buttons ("Quick view", "Add to wishlist", "Compare"): a card that opens with one
  // would go whole, for its name and price are less prose than a clutter block may hold (see CARD_BUTTONS).
  labels: [
    'sort', 'sort by', 'sort & filter', 'sort and filter', 'filter & sort', 'filter and sort', 'filter', 'filters', 'filter by', 'refine by', 'refine your results', 'clear all',
    // A product's size picker and a theme's empty mini-cart, printed beside every product.
    'select a size', 'please select a size', 'no products in the cart',
    'shipping & returns', 'shipping and returns', 'delivery & returns', 'delivery and returns', 'returns & exchanges accepted',
    'trier par', 'filtrer', 'sortieren nach', 'filtern', 'ordenar por', 'filtrar', 'ordina per', 'filtra', 'sorteer op',
  ],
  openings: ['sort by:', 'sort:', 'or 4 interest-free payments', 'or 4 payments of', 'pay in 4 interest-free', 'ships from:', 'order today to get by',
    'est. delivery', 'estimated delivery:',
    // A marketplace's delivery-location picker in its header ("Deliver to Bulgaria").
    'deliver to ',
    // The cart note Shopify themes print under the price.
    'taxes, discounts and shipping calculated at checkout', 'tax included. shipping calculated at checkout', 'taxes included. shipping calculated at checkout', 'shipping calculated at checkout'],
};

/**
 * A line that only counts a list's results or pages: "Showing 1–24 of 300 results", "Loaded 154 results",
 * "514 items", "(296 products)", "Page 2 of 9". A shop's grid and a listing print it above their entries, a forum its
 * thread's replies ("20 replies to this topic"), a review's comparison table its columns with a hint in brackets on
 * how to see the rest ("Displaying 1 - 18 (scroll right to see all products)"); it says nothing.
 */
export const RESULT_COUNT = /^\(?(?:(?:showing|displaying|viewing|loaded|items|results)(?:\s+all)?\s+\d[\d,.]*(?:\s*(?:[-–—]|to)\s*\d[\d,.]*)?(?:\s+of\s+\d[\d,.]*)?(?:\s+(?:results?|items?|products?))?|\d[\d,.]*(?:\s*(?:[-–—]|to)\s*\d[\d,.]*)?(?:\s+of\s+\d[\d,.]*)?\s+(?:results?|items?|products?)(?:\s+found)?|page\s+\d+\s+of\s+\d+|\d[\d,.]*\s+(?:replies|posts)\s+(?:to|in)\s+this\s+(?:topic|thread))\)?(?:\s*\((?:scroll|swipe)\b[^()]*\))?$/i;

/**
 * A product card's buttons ("Quick view", "Compare"), and a card's link to the page of what it shows ("Learn
 * more" under each of a service's features, "View details" under each of a shop's products): only the button's
 * own element goes, never the card around it. A card that opens with one would go whole by the rules above,
 * its name and price being less prose than a clutter block may hold. The same words in the writer's sentence
 * ("Learn more: how to pick an installer") or list of links stay (see inWritersLine in clean.ts). A section's
 * link to the whole list it shows the first entries of ("View all", "See more") and a folded text's toggle
 * ("Show more", "Read less") go the same way: the page's controls, which show the reader nothing of their own.
 * Not "See all": a shop's carousel may end with a card of its own so labelled, and without that card the
 * carousel's products were read into the article (measured on one shop's page).
 */
export const CARD_BUTTONS = [
  'quick view', 'quick shop', 'compare', 'add to compare', 'add to wishlist', 'add to wish list',
  'learn more', 'know more', 'discover more', 'view details',
  'view all', 'see more', 'show more', 'show less', 'see less', 'read less',
];

/**
 * A product card's merchandising badge ("Best Seller", "Top Rated", "New Arrival"): the shop's sticker on
 * the picture, its praise of its own product, not what the card says of it. Like a card's button, only the
 * badge's own element goes, never the card around it. Only these two-word stickers: a stock note ("Sold
 * out") tells the reader something; "New", "Sale", "Bestseller" and "Top-rated" alone also head a shop's
 * or a ranking's own sections and entries.
 */
export const CARD_BADGES = ['best seller', 'top rated', 'new arrival', 'award winner'];

/**
 * The button that shows or hides a picture's caption ("Show Caption"): the reader shows the caption itself.
 * Like a card's button, only the button's own element goes, never the figure and the caption around it.
 */
export const CAPTION_TOGGLES = ['show caption', 'hide caption'];

/**
 * A line that only estimates how long the post takes to read ("5 min read", "3 MIN. READ", "Reading time:
 * 4 minutes"), by a post's title or on each teaser card: the site's estimate, not what the page says. Like a
 * card's button, only the line's own element goes, never the card around it. "5 minutes" alone is a
 * recipe's or a guide's step.
 */
export const READING_TIME = /^(?:\d+\s*[-–]?\s*(?:min|mins|minutes?)\.?\s+read|(?:estimated\s+)?reading\s+time:?\s*\d+\s*(?:min|mins|minutes?)\.?)$/i;

/** Share bars and "follow us" prompts. */
export const social: RuleGroup = {
  description: 'Share buttons and "follow us" prompts.',
  selectors: [
    '.sharedaddy', '.a2a_kit', '.addtoany_list', '.addthis_toolbox', '.shareaholic-canvas', '.heateor_sss_sharing_container',
    '.t-shared-sec', '.l-shared-sec', '.e-shared-sec', '.rbbsl', '.jeg_share_button', '.td-post-sharing', // Foxiz, JNews, Newspaper
  ],
  names: [
    'share', 'shares', 'sharing', 'share-bar', 'share-buttons', 'social', 'social-share', 'social-links',
    'social-follow', 'follow-us', 'sharedaddy', 'share-total',
  ],
  labels: [
    'share', 'share this', 'share this article', 'share on', 'follow us',
    'partager', 'partager cet article', 'teilen', 'artikel teilen', 'compartir', 'condividi', 'compartilhe', 'delen',
    // Pinterest prompts on recipe and craft blogs, and a blogger's "stay connected" icons.
    'pin this for later', 'pin for later', 'pin it for later', 'pin this', 'pin it',
    'stay connected', 'stay connected with me', 'stay connected with us',
    // The card Instagram's embed code shows until its script replaces it with the post ("View this post on
    // Instagram", "A post shared by ..."): a reader runs no script, and the card says nothing of the post.
    'view this post on instagram',
  ],
  openings: ['if you like it, please share', 'if you liked this, please share', 'if you enjoyed this, please share', 'follow us on', 'suivez-nous sur', 'folgen sie uns', 'síguenos en', 'seguici su', 'siga-nos',
    'join the facebook group', 'join our facebook group', 'join my facebook group',
    // Food and podcast blogs' prompts to rate, tag and pass the post on.
    'did you make this recipe', 'did you make one of my recipes', 'did you try this recipe', 'help me spread the word', 'help us spread the word'],
};

/** Newsletter sign-ups and other forms in the page's flow. */
export const newsletter: RuleGroup = {
  description: 'Newsletter sign-up boxes and their forms, captchas included.',
  selectors: ['#mc_embed_signup', '.mc4wp-form', '.newsletter', '.wpcf7', '.tnp-subscription', '.jeg_newsletter',
    // What a Webflow form says once it is sent or has failed ("Thank you! Your submission has been received!"), hidden until then.
    '.w-form-done', '.w-form-fail'],
  // Not "subscription": shops mark products that can be bought by subscription with it.
  names: ['newsletter', 'newsletters', 'subscribe', 'signup', 'sign-up', 'mailchimp', 'mc4wp', 'optin', 'opt-in'],
  labels: ['newsletter', 'newsletters', 'subscribe', 'subscribe now', 'sign up for our newsletter', 'subscribe to our newsletter',
    'subscribe to our newsletters', 'get the free ebook'],
  openings: [
    'subscribe to our newsletter', 'sign up for our newsletter', 'get our newsletter', 'sign up for the',
    'abonnez-vous à notre newsletter', 'inscrivez-vous à notre newsletter', 'newsletter abonnieren',
    'abonnieren sie unseren newsletter', 'subscribe to ', 'suscríbete a nuestro boletín', 'suscríbete a nuestra newsletter',
    'iscriviti alla nostra newsletter', 'assine nossa newsletter', 'inscreva-se na nossa newsletter',
    'schrijf je in voor onze nieuwsbrief', 'meld je aan voor onze nieuwsbrief',
    // The consent line under a sign-up form ("By subscribing, you agree to our terms...").
    'by subscribing', 'by signing up', 'join our mailing list', 'join our newsletter', 'get the latest articles',
    'get the latest news', 'delivered to your inbox',
    // Medium's prompt under a story to follow its writer by email.
    'join medium for free',
    // What a sign-up form says once it is sent (shown by its script, left in the page's markup), and a
    // newsletter's note at the head of an issue to readers it was forwarded to.
    'thank you for subscribing', 'thanks for subscribing', 'thank you for signing up', 'thanks for signing up',
    'was this newsletter forwarded to you', 'was this email forwarded to you',
  ],
};

/** Sign-in dialogs, registration walls and paywall prompts. */
export const signin: RuleGroup = {
  description: 'Sign-in and registration dialogs, paywall and metering prompts.',
  selectors: [
    '.tp-modal', '.tp-backdrop', '.piano-offer', '.paywall', '#paywall', '.login-modal', '.rb-user-popup-form',
    // Stack Exchange's notices to guests under a question ("You must log in to answer", "Start asking to get
    // answers") and its answer form, which asks a guest for a name and an email.
    '.js-bottom-notice', '#post-form',
  ],
  names: ['login', 'log-in', 'signin', 'sign-in', 'auth', 'auth-required', 'paywall', 'user-form', 'regwall'],
  labels: ['sign in', 'log in', 'welcome back', 'se connecter', 'anmelden', 'iniciar sesión', 'accedi', 'entrar', 'inloggen'],
  openings: [
    'sign in to continue', 'sign in to your account', 'subscribe to keep reading', 'subscribe to continue reading',
    'already a subscriber', 'already a paid subscriber', "you've reached your limit", 'you have reached your limit', 'create a free account',
    // A members-only feature's prompt: the page's own copy of it is for members, not for this reader.
    'this article is exclusive to', 'log in to save', 'sign in to save',
    // A paywall's offer where the rest of the article would be ("Unlock this article — plus in-depth analysis").
    'unlock this article',
    'have an existing account', 'sign in or create', 'log in or create', 'continue with email', 'continue with google', 'connectez-vous pour', 'déjà abonné', 'melden sie sich an', 'bereits abonnent',
    'inicia sesión para', 'ya eres suscriptor', 'accedi per continuare', 'já é assinante', 'log in om verder',
  ],
};

/** Comment sections and their reply forms. */
export const comments: RuleGroup = {
  description: 'Reader comments, comment counts and reply forms.',
  selectors: ['#comments', '.comments-area', '#respond', '.comment-respond', '#disqus_thread', '.fb-comments', '.comment-list',
    // A post's star-rating widget ("How useful was this post? Click on a star to rate it!"): a form for readers' votes (Rate My Post).
    '.rmp-widgets-container'],
  names: ['comment', 'comments', 'comment-list', 'commentlist', 'disqus', 'respond', 'kommentare'],
  labels: [
    'comments', 'leave a reply', 'leave a comment', 'post a comment', 'join the conversation',
    'commentaires', 'laisser un commentaire', 'kommentare', 'kommentar schreiben', 'comentarios',
    'deja un comentario', 'commenti', 'lascia un commento', 'comentários', 'deixe um comentário', 'reacties',
    // The controls and member details around each forum post.
    'reply', 'post reply', 'post a reply', 'quote', 'reply with quote', 'multi-quote', 'report', 'report post', 'report inappropriate content',
    'view profile', 'view forum posts', 'join date', 'joined', 'posts', 'likes', 'click to expand', 'ask question',
    'watch this topic', 'share this post', 'link to post',
    // NodeBB heads each post "wrote on" and its date, which a script writes in.
    'wrote on',
    // Forum ranks printed under each poster's name, and the sign-up prompt under the thread.
    'member', 'new member', 'well-known member', 'premium member', 'senior member', 'junior member', 'active member',
    'registered member', 'registered user', 'original poster', 'moderator', 'staff member', 'top posters in this topic',
    'create an account or sign in to comment',
    // A feedback widget's question under an article, over its buttons or stars ("Was this page helpful? Yes No").
    'was this page helpful?', 'was this article helpful?', 'was this helpful?', 'was this post helpful?', 'did you find this article helpful?',
    'how useful was this post?', 'how helpful was this article?', 'rate this article', 'rate this post', 'rate this recipe',
    // A newsletter's poll on the issue the reader has just read, over its buttons ("How was this issue? 😄 Good").
    'how was this issue?', "how was today's newsletter?", "what did you think of today's issue?",
  ],
  openings: ['you need to be a member in order to', 'please enable javascript to view the comments', 'this topic was automatically closed', 'new to reddit?'],
};

/**
 * About-the-author boxes, and bylines ("Posted by", "Written by" on a line of their own) repeated in the
 * body: the reader shows the byline above the article, and a bio (or a list of the author's other
 * posts) says nothing about this article's subject.
 */
export const AUTHOR_BOX = {
  /**
   * Headings of an about-the-author box. The box they open goes whole, the bio's prose included (a bio
   * is written as sentences, so the prose test that guards other clutter headings would keep it).
   */
  labels: [
    'about the author', 'about the authors', 'about the reviewer', 'about the expert', 'meet the author',
    "à propos de l'auteur", 'über den autor', 'über die autorin', 'sobre el autor', "sull'autore", 'sobre o autor', 'over de auteur',
  ],
  /** A box longer than this is more than a bio: only its heading goes. */
  maxChars: 1500,
  /**
   * How a heading naming the writer opens ("Written by Jane Doe" over her bio, closing the article).
   * Only a heading (h1-h6) this short is one: a line of the body that opens so is a sentence or a byline.
   */
  writerHeadings: ['written by', 'écrit par', 'geschrieben von', 'escrito por', 'scritto da', 'geschreven door'],
  maxWriterHeadingChars: 80,
};

export const author: RuleGroup = {
  description: 'Author bio boxes, "more by this author" lists, bylines and update dates repeated in the body, forum posters\' ranks and counts, and the furniture around each forum post (its number, votes, reactions, badges).',
  selectors: [
    '.saboxplugin-wrap', '.abh_box', '.molongui-author-box', '.pp-multiple-authors-boxes-wrapper', // WordPress plugins
    '.wp-block-post-author', '.wp-block-post-author-biography', '.jeg_authorbox', '.td-author-box', // core block, JNews, Newspaper
    // What forum engines print under each poster's name: a rank or a title of the member's choosing, a
    // banner, the join date and the counts of posts and likes. The name stays: it says who wrote the post.
    '.message-userTitle', '.message-userBanner', '.message-userExtras', // XenForo 2
    '.messageUserInfo .userTitle', '.messageUserInfo .userBanner', '.extraUserInfo', // XenForo 1
    '.postprofile dd', // phpBB
    // phpBB heads each post with a subject, the thread's title again ("Re: Backups fail after the upgrade").
    '.postbody > h3', '[id^="post_content"] > h3',
    // phpBB's line over each code box in a post: a label and the button that selects the code ("Code: Select all").
    '.codebox > p', '.codebox > dt',
    '.cAuthorPane_info', '.cAuthorPane_stats', '.ipsEntry__group', '.ipsEntry__authorStats', '.ipsEntry__authorFields', // Invision Community 4 and 5
    // The badges Invision Community pins on a post ("Author" on the thread starter's replies, "Popular Post").
    '.ipsComment_badges', '.ipsBadges', '.ipsComment_authorBadge',
    // Invision Community 4's post tools (the post's number, "#3", and its menu), the notes it marks as never
    // quoted ("Edited April 18 by ..."), and the thread's events between posts ("2 weeks later...", "... changed the title").
    '.ipsComment_tools', '[data-excludequote]', '.ipsTopicMeta',
    // Invision Community 4 prints each poster's pane twice, the second for phones only: the name once is enough.
    '.cAuthorPane_mobile',
    // Invision Community 5 prints each date twice, long and short ("1 yr") for the theme to pick one, and
    // sums a thread up beside its first post (replies, views, its busiest days).
    '.ipsTime__short', '.cTopicOverview',
    '.author_statistics', // MyBB
    '.userinfo .usertitle', '.userinfo_noavatar .usertitle', '.userinfo_extra', // vBulletin
    // Each post's number in the thread ("#3") beside its date: vBulletin 4, XenForo 1, MyBB, Simple Machines Forum.
    '.nodecontrols .postcounter', '.postNumber.hashPermalink', '.post_head .float_right', '.keyinfo .page_number',
    // vBulletin 3's ("#<a id=postcount123>1</a>"), and the permalink in the line over a phpBB post, an icon in
    // prosilver that Tapatalk's forums fill with the post's number ("Aug 08, 2006 #1").
    '[id^="postcount"]', 'p.author > a.unread',
    // Simple Machines Forum's poster column (the member's group, post count and "Logged") and the post's subject, the thread's title again.
    '.user_info .membergroup', '.user_info .postgroup', '.user_info .postcount', '.user_info .poster_ip', '.keyinfo .subject_hidden',
    '.postleft dd', // FluxBB, PunBB
    // The members who liked a post ("rita and ben like this"), under each post.
    '.likesSummary', '.ipsReact', // XenForo 1, Invision Community
    // Each post's header and footer on XenForo 2: the post's number in the thread ("#12"), the
    // thread starter's tag, "Last edited:", the members' reactions and a question thread's vote count.
    '.message-attribution-opposite', '.message-lastEdit', '.reactionsBar', '.contentVote',
    // Stack Exchange's chrome around each question and answer: the vote column, the tags, and the count of
    // answers with its sort control.
    '.js-voting-container', '.post-taglist', '#answers-header',
    // Its card under each question and answer ("asked Feb 4, 2014", the name, the reputation and badge counts)
    // and the comments under each, which the newer layout renders into a follow-ups container.
    '.post-layout .post-signature', '[id^="follow-ups-container"]',
    // The likes under each post, and its number in the thread beside its date, in Discourse's crawler view.
    '.post-likes', '.crawler-post-infos [itemprop="position"]',
    // NodeBB: a reply's preview of the post it answers (that post again, cut to a line by the style sheet), each
    // post's number in the thread and the poster's avatar, a letter when the member has no picture.
    '[component="post/parent"]', '[component="post"] .post-index', '[component="user/picture"]', '[component="avatar/icon"]',
    // FluxBB and PunBB: each post's number in its heading bar, its subject (the thread's title again) and the poster's "Online"/"Offline".
    '.blockpost h2 .conr', '.postright > h3', '.postfootleft',
    // Old Reddit heads each comment with a toggle ("[–]") and its score printed three times (as voted down, as not
    // voted, as voted up) for the style sheet to show one, counts its replies, and closes it with a list of links
    // ("permalink", "embed", "save", "report", "reply").
    '.tagline .expand', '.tagline .score.likes', '.tagline .score.dislikes', '.tagline .numchildren', '.thing .flat-list.buttons',
    // XenForo's California theme (VerticalScope's forums): each post's number and the dot between it and the date,
    // the poster's avatar (a letter when the member has no photo), the thread starter's tag, and the thread's counts
    // in the opening post's card ("6.3K views 23 replies 14 participants last post by ...").
    '.MessageCard__post-position', '.MessageCard__post-position + .MessageCard__dot-separator', '.MessageCard__avatar',
    '.message-attribution-discussion-starter', '.MessageCard__thread-info',
    // A member's signature, printed under each of their posts whatever the thread: quotes, links, their kit.
    '.signature', '.message-signature', '.signaturecontainer', '.postsignature', // phpBB and vBulletin 3, XenForo 2, vBulletin 4, FluxBB
    '[data-role="memberSignature"]', '.ipsEntry__signature', // Invision Community 4 and 5
  ],
  // Not "author" or "byline" alone: listings and forums name each entry's author line so, and readers want those.
  names: ['author-box', 'authorbox', 'author-bio', 'about-author', 'about-the-author', 'author-card',
    // A forum poster's counts beside the name, in themes the selectors do not know (XenForo's California: MessageCard__post-count).
    'post-count', 'join-date'],
  labels: [
    ...AUTHOR_BOX.labels, 'more by the author', 'more by this author', 'more from the author', 'more from this author',
    'follow the author', 'follow this author',
    // Not "published by": shops and stores print a game's or a book's publisher so, and readers want it.
    'posted by', 'written by',
    // The editor and reviewer credited beside the byline: the reader shows the byline alone.
    'edited by', 'reviewed by', 'fact checked by', 'fact-checked by', 'medically reviewed by',
  ],
  // The date a post was last changed, printed at its head or foot: the reader shows the article's date above it.
  openings: ['last updated', 'last modified', 'last reviewed',
    // A forum member's mobile signature under each of their posts ("Sent from my iPhone using Tapatalk").
    'sent from my '],
};

/**
 * The names of an ad slot. A slot holds a picture or the frame a script fills, never a list of
 * stories: a block named so that holds this many headings is a wrapper with an unlucky name
 * (`container--section-more-ads`, a story grid marked `hide-read-more-ad`). Sponsored widgets
 * (the other names of the ads group) do show headlines, and go whatever they hold.
 */
export const AD_SLOT = {
  names: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'ad-slot', 'ad-wrap', 'ad-container',
    'adsbygoogle', 'dfp', 'gpt-ad', 'banner-ad'],
  minStoryHeadings: 3,
};

/** Advertising slots and sponsored recommendation networks. */
export const ads: RuleGroup = {
  description: 'Ad slots, their labels, and sponsored-link widgets (Taboola, Outbrain).',
  selectors: [
    'ins.adsbygoogle', '[id^="div-gpt-ad"]', '[id^="google_ads"]', '[data-ad-slot]', '[data-ad-unit]',
    '[id^="taboola"]', '.trc_related_container', '.OUTBRAIN', '.ob-widget', '[data-widget-id^="AR_"]',
  ],
  names: [...AD_SLOT.names, 'sponsor', 'sponsored', 'sponsored-content', 'taboola', 'outbrain'],
  labels: ['advertisement', 'sponsored', 'sponsored links', 'sponsored content', 'recommended by', 'publicité',
    'anzeige', 'werbung', 'publicidad', 'pubblicità', 'publicidade', 'advertentie', 'gesponsert',
    // A sponsor's line over its logo, and a newsletter's offer to sell that place.
    'in partnership with', 'sponsor this newsletter'],
  openings: ['gesponsert:', 'sponsored:', 'advertisement:', 'article continues below', 'story continues below',
    'content continues below', 'continue reading below',
    // Affiliate disclosures: a notice about how the site earns, not part of what the article says.
    'as an amazon associate', 'disclosure: as an', 'this post may contain affiliate links', 'this post contains affiliate links',
    'this article contains affiliate links', 'this page contains affiliate links', 'this website uses affiliate links', 'this site uses affiliate links'],
};

/**
 * Picture credits: a line saying who took or supplied an image ("Credit: Amazon", "Photo: Jane Doe /
 * Reuters", "Image: Courtesy of the museum"). It names the picture's source, not what the article says;
 * a caption that opens with its own words keeps them (only a block with little besides the line goes).
 */
export const credits: RuleGroup = {
  description: 'Picture credit lines under images and in captions.',
  selectors: [],
  // Not "credit" alone: shops name card payments and store credit so.
  names: ['image-credit', 'photo-credit', 'media-credit', 'picture-credit', 'credit-line'],
  labels: ['getty images', 'shutterstock', 'istock', 'istockphoto', 'unsplash', 'adobe stock'],
  openings: [
    'credit:', 'credits:', '(credit:', '(image credit:', '(photo credit:', 'image credit:', 'image credits:', 'photo credit:', 'photo credits:', 'picture credit:',
    'image source:', 'photo source:', 'feature image by', 'featured image by', 'featured image:',
    // Without a space after them: the source's name is often a link of its own ("Image by <a>Studio Brown</a>").
    'courtesy of', 'image by', 'images by',
    'image:', 'images:', 'photo:', 'photos:', 'photograph:', 'illustration:', 'photo illustration:', 'image courtesy', 'photo courtesy',
    'crédit photo', 'crédits photo', 'photo :', 'foto:', 'bild:', 'bildquelle:', 'fotos:', 'imagen:', 'immagine:',
  ],
};

/**
 * A template's filler text ("Lorem ipsum dolor sit amet..."), left where a theme's demo block was never
 * written: it is in no language and says nothing beside an article. A page made mostly of it (a theme's
 * demo, a test page for reader views) keeps it: then it is what the page shows (see removeClutter).
 */
export const placeholder: RuleGroup = {
  description: "Filler text of a template's blocks that were never written, what a script shows until it fills one, and the copies a carousel makes of its slides.",
  // The copies of its slides a carousel script puts before and after them so that it can loop (Slick, Swiper,
  // Owl, Splide, Glide): the slides themselves stay, each once.
  selectors: ['.slick-cloned', '.swiper-slide-duplicate', '.owl-item.cloned', '.splide__slide--clone', '.glide__slide--clone',
    // A block a script framework keeps hidden until it has compiled it, then shows only when the reader asks or
    // something goes wrong (AngularJS's ng-cloak, Alpine's x-cloak: a post's error alert, a menu, a dialog): left as
    // it is, it shows its raw bindings ("{{ board.errors[42].message }}"). Not Vue's v-cloak, which shops put on
    // whole product cards their script renders in place.
    '[ng-cloak]', '[data-ng-cloak]', '.ng-cloak', '[x-cloak]'],
  names: [],
  // "Loading...", "Loading reviews…": the placeholder a script replaces once it has loaded the block's content.
  labels: ['loading', 'loading paragraph', 'loading image', 'loading reviews', 'loading questions', 'loading comments'],
  openings: ['lorem ipsum'],
};

/** Site footers: about text, link columns, copyright lines. */
export const footer: RuleGroup = {
  description: 'Site footers and copyright lines.',
  selectors: ['footer', '.site-footer', '#colophon', '.footer-wrap', '[role="contentinfo"]'],
  names: ['footer', 'site-footer', 'copyright', 'colophon', 'site-info'],
  labels: ['quick links', 'categories', 'about us', 'contact us', 'impressum', 'mentions légales', 'aviso legal',
    'privacy policy', 'terms of use', 'terms of service', 'cookie policy', 'datenschutzerklärung', 'politique de confidentialité'],
  openings: ['©', 'copyright', 'all rights reserved', 'tous droits réservés', 'alle rechte vorbehalten',
    'todos los derechos reservados', 'tutti i diritti riservati', 'todos os direitos reservados', 'alle rechten voorbehouden'],
};

/**
 * A consent dialog of a platform the selectors do not know, told by what it is, says and offers: it
 * is marked up as a dialog or an overlay (role, aria-modal, fixed position, or its names), speaks of
 * cookies or consent, is short, and has a button to accept or refuse. The engine never lets such a
 * block be chosen as the article (candidates.ts).
 */
export const CONSENT_DIALOG = {
  names: /(?:^|[^a-z0-9])(?:modal|overlay|popup|dialog|banner|notice|consent|cookies?|privacy|gdpr|cmp)(?:$|[^a-z0-9])/,
  words: /\b(?:cookies?|consent|gdpr|tcf|datenschutz|einwilligung|consentement|consentimiento|consenso|consentimento|toestemming)\b/i,
  actions: /^(?:accept|agree|allow|reject|decline|deny|i agree|i accept|accept all|reject all|allow all|got it|akzeptieren|alle akzeptieren|zustimmen|ablehnen|accepter|tout accepter|j'accepte|refuser|tout refuser|aceptar|aceptar todo|rechazar|accetta|accetto|rifiuta|aceitar|rejeitar|accepteren|akkoord|weigeren)\b/i,
  /** Longer than this, a block is a page about cookies (a privacy policy), not a dialog. */
  maxChars: 6000,
  /** This short, a block with those words and buttons is a consent notice whatever its markup. */
  noticeChars: 1500,
};

/**
 * The names of a page's fine print: the legal disclaimers and disclosures (risks, terms, how the site
 * earns) a company's template prints. Closing a page, after the article, it is the site's boilerplate,
 * not what the page says (trim-tail.ts); inside the article it may be the writer's own caveat and stays,
 * except on a product page (PRODUCT_PAGE_CLUTTER).
 */
export const FINE_PRINT = { names: ['disclaimer', 'disclaimers', 'disclosure', 'disclosures'] };

/**
 * What a shop's product page (one that states a schema.org Product, or og:type product) prints beside
 * the product's description and specifications: customers' reviews and ratings, often longer than both,
 * which are other people's talk; the fine print (a disclaimer's footnotes on test conditions,
 * financing terms and availability, "Actual results may vary"; the legal notice of trademarks and
 * licence terms); and the tooltips and popovers a hover or a tap opens beside a spec's name or a badge
 * (what "open-back" means, what a "Star Seller" is, how to find one's model, the returns policy), a
 * glossary the shop repeats on every product, never shown with the page. Only there: a service's
 * testimonials and a review site's entries are what those pages say, an article's disclaimer is its
 * writer's, and a service's plans table explains its terms in tooltips its reader came to compare.
 * Names as in the groups above; selectors for the review platforms shops embed (Yotpo, Bazaarvoice,
 * PowerReviews, Stamped, WooCommerce's reviews tab) and ARIA's tooltip role.
 */
export const PRODUCT_PAGE_CLUTTER = {
  selectors: [
    '.yotpo-main-widget', '.yotpo-reviews', '#BVRRContainer', '[data-bv-show="reviews"]', '#pr-reviewdisplay', '#stamped-main-widget', '.woocommerce-Reviews',
    '[role="tooltip"]',
  ],
  names: ['reviews', 'review-list', 'review-widget', ...FINE_PRINT.names, 'legal', 'tooltip', 'tool-tip', 'popover'],
  /**
   * Editorial reviews are not customers': the press's and the critics' words a publisher or a shop chooses
   * to present the product (a book's blurbs, its author's bio, an excerpt), part of its description.
   */
  notNames: ['editorial', 'editorial-reviews'],
};

export const RULE_GROUPS = { consent, navigation, promo, shop, social, newsletter, signin, comments, author, ads, credits, placeholder, footer } as const;

export type RuleGroupName = keyof typeof RULE_GROUPS;

/** The group names, in the order above; a convention test checks each has a fixture. */
export const RULE_GROUP_NAMES = Object.keys(RULE_GROUPS) as RuleGroupName[];
