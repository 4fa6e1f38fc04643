/**
 * The article's files: `<slug-of-title>.txt` (the engine's plain text) or `.md` (its Markdown), UTF-8,
 * downloaded through a Blob URL and a detached link, so Sift needs no downloads permission.
 */

export const FILE_FORMATS = {
  text: { extension: 'txt', type: 'text/plain;charset=utf-8' },
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8' },
} as const;

export type FileFormat = keyof typeof FILE_FORMATS;

export interface TextFile {
  name: string;
  text: string;
  format: FileFormat;
}

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

export function articleFileName(title: string, format: FileFormat): string {
  return `${slugify(title)}.${FILE_FORMATS[format].extension}`;
}

/**
 * Downloads the file from the current document. Call it from a user's click where possible:
 * browsers hold back repeated downloads a page starts on its own.
 */
export function downloadTextFile(file: TextFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: FILE_FORMATS[file.format].type }));
  // A detached link: clicking it downloads the file without adding anything to the document.
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.click();
  // The click has started the download synchronously; the URL is no longer needed after this task.
  setTimeout(() => URL.revokeObjectURL(url));
}
