/**
 * A sum of money: a currency sign or code beside a figure ("$29.95", "29,95 €", "EUR 15.49", "£ 88",
 * "299 kr"). A code before the figure may follow a word: a card's text runs its lines together
 * ("HardcoverEUR10.57"). A shop's grid tells its cards by it (product-grid.ts), a buy box its price,
 * offer and delivery lines from the product's summary (buy-box.ts).
 */
export const PRICE = /(?:[$€£¥₹]|usd|eur|gbp|chf|cad|aud)\s?\d|\d\s?(?:[€£¥₹]|\b(?:kr|zł|kč|lei|eur|usd|gbp)\b)/i;
