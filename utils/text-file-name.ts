/** The file name of a saved article: `<slug-of-title>.txt`. */

// Long titles make unwieldy file names; 80 characters keep the meaning and fit every file system.
const MAX_SLUG_LENGTH = 80;

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // drop accents: "Café" -> "Cafe"
    .toLowerCase()
    .replace(/['’]/g, '') // "Musk’s" -> "musks", not "musk-s"
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'article';
}

export function textFileName(title: string): string {
  return `${slugify(title)}.txt`;
}
