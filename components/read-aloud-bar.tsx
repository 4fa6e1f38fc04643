/**
 * The read-aloud player: a small bar at the foot of the overlay with play/pause, stop, speed and
 * voice, and one line saying why it cannot read when it cannot.
 */
import { saveSettings, SPEECH_RATES } from '../utils/settings';
import { t } from '../utils/i18n';
import { primaryLanguage, sortVoices } from './read-aloud-voices';
import type { ReadAloud } from './use-read-aloud';

// Errors of a voice that lives on a server: offline, or the service is unreachable.
const UNREACHABLE = ['network', 'synthesis-unavailable'];

/** The language's name in the interface's language ("English", "anglais"), or its tag when unknown. */
function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([navigator.language], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Why the reader cannot listen, or what listening with this voice means; undefined when all is well. */
function notice({ state, voices, voicesKnown, voice, lang }: ReadAloud): string | undefined {
  if (state.error) return UNREACHABLE.includes(state.error) ? t('readAloudUnreachable') : t('readAloudFailed', state.error);
  if (!voicesKnown) return undefined;
  if (voices.length === 0) return t('readAloudNoVoices');
  if (!voice) return t('readAloudPickVoice', languageName(primaryLanguage(lang) || 'und'));
  if (!voice.localService) return t('readAloudOnlineVoice');
  return undefined;
}

function VoiceOption({ voice }: { voice: SpeechSynthesisVoice }) {
  const online = voice.localService ? '' : ` · ${t('readAloudOnline')}`;
  return <option value={voice.voiceURI}>{`${voice.name} (${voice.lang})${online}`}</option>;
}

export function ReadAloudBar({ aloud }: { aloud: ReadAloud }) {
  const { state, voice, voices, lang } = aloud;
  const playing = state.status === 'playing';
  const { own, other } = sortVoices(voices, lang);
  const message = notice(aloud);
  return (
    <div id="sift-read-aloud" class="sift-aloud" role="group" aria-label={t('readAloud')}>
      <div class="sift-aloud-controls">
        <button
          type="button"
          class="sift-tool sift-aloud-play"
          aria-label={playing ? t('readAloudPause') : t('readAloudPlay')}
          title={playing ? t('readAloudPauseHint') : t('readAloudPlayHint')}
          disabled={!voice}
          onClick={aloud.playPause}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d={playing ? 'M8.5 5.5v13M15.5 5.5v13' : 'M8 5.5v13l10.5-6.5z'} />
          </svg>
        </button>
        <button
          type="button"
          class="sift-tool"
          aria-label={t('readAloudStop')}
          disabled={state.status === 'idle'}
          onClick={aloud.stop}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <rect x="7" y="7" width="10" height="10" rx="1.5" />
          </svg>
        </button>
        <select
          class="sift-aloud-select sift-aloud-rate"
          aria-label={t('readAloudSpeed')}
          title={t('readAloudSpeed')}
          value={String(aloud.rate)}
          onChange={(event) => void saveSettings({ speechRate: Number(event.currentTarget.value) })}
        >
          {SPEECH_RATES.map((rate) => (
            <option key={rate} value={String(rate)}>{`${rate}×`}</option>
          ))}
        </select>
        <select
          class="sift-aloud-select sift-aloud-voice"
          aria-label={t('readAloudVoice')}
          title={voice?.name ?? t('readAloudVoice')}
          value={voice?.voiceURI ?? ''}
          disabled={voices.length === 0}
          onChange={(event) => void saveSettings({ speechVoice: event.currentTarget.value })}
        >
          {!voice && (
            <option value="" disabled>
              {t('readAloudVoice')}
            </option>
          )}
          {own.length > 0 && (
            <optgroup label={languageName(primaryLanguage(lang))}>
              {own.map((each) => (
                <VoiceOption key={each.voiceURI} voice={each} />
              ))}
            </optgroup>
          )}
          {other.length > 0 && (
            <optgroup label={t('readAloudOtherVoices')}>
              {other.map((each) => (
                <VoiceOption key={each.voiceURI} voice={each} />
              ))}
            </optgroup>
          )}
        </select>
      </div>
      {message && (
        <p class="sift-aloud-notice" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
