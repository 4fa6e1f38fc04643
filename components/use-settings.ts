/** Preact hooks: the current settings (live across contexts) and the theme they resolve to. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from '../utils/settings';
import { resolveTheme, type ThemeName } from './themes';
import { useMediaQuery } from './use-media-query';

export function useSettings(initial: Settings = DEFAULT_SETTINGS): Settings {
  const [settings, setSettings] = useState<Settings>(initial);
  useEffect(() => {
    let live = true;
    // Read again even when given `initial`: a change made between that read and watching is not lost.
    loadSettings().then((loaded) => live && setSettings(loaded));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** The concrete theme, following the system's colour scheme live when the setting is "system". */
export function useTheme(theme: Settings['theme']): ThemeName {
  return resolveTheme(theme, useMediaQuery(DARK_QUERY));
}
