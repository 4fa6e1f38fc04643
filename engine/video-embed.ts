/**
 * Videos a page embeds from the big video hosts. People usually want to see those, so cleaning keeps
 * them where every other frame goes; the reader shows no frames (the page's players would run the
 * host's scripts inside it), so each is written as a link to the video instead.
 */
export const VIDEO_EMBED = /^(?:https?:)?\/\/(?:www\.)?(?:youtube(?:-nocookie)?\.com|youtu\.be|player\.vimeo\.com)\//i;

/** A player's title that names only the player ("YouTube video player", "vimeo-player"): no title at all. */
const PLAYER_TITLE = /^[\s_-]*(?:youtube|vimeo)?[\s_-]*(?:video)?[\s_-]*(?:player|embed)?[\s_-]*$/i;

/** The words of the link that stands for an embedded video: the host, and the video's title when the frame gives one. */
export function videoLinkText(src: string, title: string | null): string {
  const host = /vimeo/i.test(src) ? 'Vimeo' : 'YouTube';
  return title !== null && !PLAYER_TITLE.test(title) ? `Watch on ${host}: ${title.trim()}` : `Watch on ${host}`;
}
