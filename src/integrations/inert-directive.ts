import type { AstroIntegration } from 'astro';

/** The directive Astro writes at the top of the module that wraps each rendered content entry. */
const HEAD_INJECT_DIRECTIVE = /^\s*["']use astro:head-inject["'];?/m;

/** The wrapper module's code without the directive; `null` when there is none (the module stays as it is). */
export function withoutHeadInjectDirective(code: string): string | null {
  return HEAD_INJECT_DIRECTIVE.test(code) ? code.replace(HEAD_INJECT_DIRECTIVE, '') : null;
}

/**
 * Astro 7 starts each content entry's wrapper module (`*.mdx?astroPropagatedAssets`) with the directive
 * "use astro:head-inject", which nothing reads any more, and Rolldown warns once per section that bundling may not
 * preserve it (upstream: withastro/astro#18087). Dropping the inert line keeps the build free of warnings.
 */
export default function inertDirective(): AstroIntegration {
  return {
    name: 'guide:inert-directive',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'guide:drop-head-inject-directive',
                enforce: 'post',
                transform: {
                  filter: { id: /[?&]astroPropagatedAssets\b/ },
                  handler: (code) => {
                    const changed = withoutHeadInjectDirective(code);
                    return changed === null ? null : { code: changed, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
