/** The one settings form: shown in the popup and in the overlay's "Aa" panel. Saves as you change. */
import type { ComponentChildren } from 'preact';
import {
  ALIGNMENTS,
  FONTS,
  RANGES,
  THEMES,
  saveSettings,
  type NumericSetting,
  type Settings,
  type ToggleSetting,
} from '../utils/settings';
import { PALETTES } from './themes';
import { t } from '../utils/i18n';

/** A dot in the theme's own background colour, so each choice previews itself. */
function Swatch({ background }: { background: string }) {
  return <i class="sift-swatch" style={{ background }} aria-hidden="true" />;
}

const THEME_LABELS: Record<Settings['theme'], ComponentChildren> = {
  light: [<Swatch background={PALETTES.light.background} />, t('themeLight')],
  sepia: [<Swatch background={PALETTES.sepia.background} />, t('themeSepia')],
  dark: [<Swatch background={PALETTES.dark.background} />, t('themeDark')],
  system: [
    <Swatch background={`linear-gradient(135deg, ${PALETTES.light.background} 50%, ${PALETTES.dark.background} 50%)`} />,
    t('themeSystem'),
  ],
};
const FONT_LABELS: Record<Settings['font'], ComponentChildren> = { serif: t('fontSerif'), sans: t('fontSans'), mono: t('fontMono') };
const ALIGN_LABELS: Record<Settings['align'], ComponentChildren> = { start: t('alignStart'), justify: t('alignJustify') };

const SLIDERS: { name: NumericSetting; label: string; format: (value: number) => string }[] = [
  { name: 'fontSize', label: t('textSize'), format: (value) => `${value}px` },
  { name: 'lineHeight', label: t('lineSpacing'), format: (value) => value.toFixed(1) },
  { name: 'width', label: t('lineLength'), format: (value) => t('characters', value) },
  { name: 'paragraphSpacing', label: t('paragraphSpacing'), format: (value) => value.toFixed(1) },
  { name: 'wordsPerMinute', label: t('readingSpeed'), format: (value) => t('wordsPerMinute', value) },
];

const SWITCHES: { name: ToggleSetting; label: string }[] = [
  { name: 'showImages', label: t('showImages') },
  { name: 'styleLinks', label: t('styleLinks') },
];

interface Props {
  settings: Settings;
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, ComponentChildren>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="sift-choice">
      <legend>{props.legend}</legend>
      <div class="sift-choice-options">
        {props.options.map((option) => (
          <label key={option} class="sift-choice-option" data-option={option}>
            <input
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SettingsForm({ settings }: Props) {
  return (
    <form class="sift-settings" aria-label={t('readingSettings')} onSubmit={(event) => event.preventDefault()}>
      <Choice
        legend={t('theme')}
        name="theme"
        options={THEMES}
        labels={THEME_LABELS}
        value={settings.theme}
        onChange={(theme) => saveSettings({ theme })}
      />
      <Choice
        legend={t('font')}
        name="font"
        options={FONTS}
        labels={FONT_LABELS}
        value={settings.font}
        onChange={(font) => saveSettings({ font })}
      />
      <Choice
        legend={t('alignment')}
        name="align"
        options={ALIGNMENTS}
        labels={ALIGN_LABELS}
        value={settings.align}
        onChange={(align) => saveSettings({ align })}
      />
      {SLIDERS.map(({ name, label, format }) => (
        <label key={name} class="sift-slider">
          <span class="sift-slider-label">
            {label} <output>{format(settings[name])}</output>
          </span>
          <input
            type="range"
            name={name}
            min={RANGES[name].min}
            max={RANGES[name].max}
            step={RANGES[name].step}
            value={settings[name]}
            onInput={(event) => saveSettings({ [name]: Number(event.currentTarget.value) })}
          />
        </label>
      ))}
      <fieldset class="sift-choice">
        <legend>{t('display')}</legend>
        {SWITCHES.map(({ name, label }) => (
          <label key={name} class="sift-switch">
            <span>{label}</span>
            <input
              type="checkbox"
              role="switch"
              name={name}
              checked={settings[name]}
              onChange={(event) => saveSettings({ [name]: event.currentTarget.checked })}
            />
          </label>
        ))}
      </fieldset>
    </form>
  );
}
