// Follows the Office theme: Fluent's dark theme when Office's body background is dark.
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** A `#RRGGBB` colour is dark when its relative luminance is below one half. */
export function isDark(colour: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(colour ?? '');
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  return isDark(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
