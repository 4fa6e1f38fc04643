/** A Preact hook: whether a media query matches, following it live (window width, colour scheme). */
import { useEffect, useState } from 'preact/hooks';

export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const onChange = () => setMatches(list.matches);
    list.addEventListener('change', onChange);
    // The query may have changed between the first render and this effect (effects run after paint,
    // e.g. the system switched to dark while the popup opened): that change fired no event here.
    onChange();
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}
