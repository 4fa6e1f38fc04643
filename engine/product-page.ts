/**
 * Open Graph's type of a shop's product page: "product", "product.item", "product.group", and the
 * "og:product" or "<shop>:product" some themes and shops write. The detector and the reader both ask.
 */
const PRODUCT_OG_TYPE = /\bproduct\b/i;

export const isProductOgType = (ogType: string | null | undefined) => PRODUCT_OG_TYPE.test(ogType ?? '');
