import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';
import { COLOUR_ROLES, PRINT_COLOURS, cssVariable, type ColourRole } from './src/theme';

// Loaded from src/styles/global.css through `@config`; Tailwind 4 finds the templates itself.

const roles = Object.keys(COLOUR_ROLES) as ColourRole[];
const schemeVariables = (scheme: 'light' | 'dark') =>
  Object.fromEntries(roles.map((role) => [cssVariable(role), COLOUR_ROLES[role][scheme]]));

export default {
  theme: {
    extend: {
      // `text-accent`, `bg-surface`, …: one class per role, right in light and dark alike.
      colors: Object.fromEntries(roles.map((role) => [role, `var(${cssVariable(role)})`])),
    },
  },
  plugins: [
    plugin(({ addBase }) => {
      addBase({
        ':root': schemeVariables('light'),
        '@media (prefers-color-scheme: dark)': { ':root': schemeVariables('dark') },
        // After the dark scheme, so that paper is black on white from either scheme.
        '@media print': {
          ':root': Object.fromEntries(
            Object.entries(PRINT_COLOURS).map(([role, colour]) => [cssVariable(role as ColourRole), colour]),
          ),
        },
      });
    }),
  ],
} satisfies Config;
