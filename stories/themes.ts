/**
 * An organisation's house style, set only through documented tokens and parts
 * (the example in docs/theming.md). Shared by the "themed" story of every element.
 * A light-only house style sets every colour (text, surface, status and group colours too),
 * so a dark OS scheme cannot pair one of our dark defaults with its light backgrounds.
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
  --coprod-color-danger: #a8201a;
  --coprod-color-warning: #7a4a00;
  --coprod-color-success: #1d6b35;
  --coprod-color-group-to: #f6e3df;
  --coprod-color-group-for: #f7efd5;
  --coprod-color-group-with: #dcefe1;
  --coprod-font-family: Georgia, 'Times New Roman', serif;
  --coprod-heading-font-family: 'Trebuchet MS', Verdana, sans-serif;
  --coprod-radius: 2px;
  --coprod-focus-ring-color: #d4006a;
  --coprod-focus-ring-width: 4px;
`;
