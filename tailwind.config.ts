import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

// Loaded from src/styles/global.css through `@config`; Tailwind 4 finds the templates itself.
export default {
  theme: {
    extend: {
      maxWidth: { measure: '68ch' },
    },
  },
  plugins: [typography],
} satisfies Config;
