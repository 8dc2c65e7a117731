import type { TextVariant } from '../app/text-variant';
import type { ScenarioData } from '../scenario/types';
import type { TitleDefaults } from './app';
import { firstScreenScenarios } from './first-screen';
import { useLanguage } from './i18n/load';
import { chooseVariant } from './i18n/variant';
import { takeTitleDefaults } from './language-switch';
import { storedVariant } from './prefs';
import { allScenarios, loadScenarios, setTextVariant } from './scenarios';
import { parseLink } from './url-params';

// What the first screen needs from the network, asked for once: its scenario files, and the language's words and
// font, side by side. Started before Phaser is even evaluated (begin-first-load.ts), so that they arrive meanwhile.

export interface FirstLoad {
  /** The language and reading level asked for (class code, link, then the stored choice). */
  asked: TextVariant;
  /** What the title had chosen before a language change reloaded the page. */
  handed: TitleDefaults;
  firstScreen: string[];
  scenarios: Promise<ScenarioData[]>;
  /** The variant in use once its words are there (English if the asked language's could not load). */
  variant: Promise<TextVariant>;
}

let started: FirstLoad | null = null;

export function firstLoad(): FirstLoad {
  if (started) return started;
  performance.mark('sb:first-load');
  // A class code's language and level win (a class link names them as lang= and level= itself).
  const link = parseLink(window.location.search, allScenarios());
  const asked = chooseVariant(window.location.search, storedVariant(), { lang: link.lang, level: link.level });
  const handed = takeTitleDefaults();
  const firstScreen = firstScreenScenarios(window.location.search, handed.scenario);
  setTextVariant(asked);
  const scenarios = loadScenarios(firstScreen);
  // A failed scenario file is reported where the game waits for it (main.ts), not as an unhandled rejection first.
  scenarios.catch(() => undefined);
  started = { asked, handed, firstScreen, scenarios, variant: useLanguage(asked) };
  return started;
}
