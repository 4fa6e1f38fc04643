export function isArticlePage(_document: Document): boolean {
  return false;
}
