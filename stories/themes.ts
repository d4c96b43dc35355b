/**
 * An organisation's house style, set only through documented tokens and parts
 * (the example in docs/theming.md). Shared by the "themed" story of every element.
 * A light-only house style sets text and surface too, so a dark OS scheme cannot pair
 * light default text with its light backgrounds.
 */
export const houseStyle = `
  --coprod-color-accent: #6b2c91;
  --coprod-color-on-accent: #ffffff;
  --coprod-color-accent-soft: #f1e8f7;
  --coprod-color-text: #211a26;
  --coprod-color-muted: #4f4657;
  --coprod-color-surface: #ffffff;
  --coprod-color-surface-alt: #faf7fc;
  --coprod-color-border: #5e5566;
  --coprod-font-family: Georgia, 'Times New Roman', serif;
  --coprod-heading-font-family: 'Trebuchet MS', Verdana, sans-serif;
  --coprod-radius: 2px;
  --coprod-focus-ring-color: #d4006a;
  --coprod-focus-ring-width: 4px;
`;
