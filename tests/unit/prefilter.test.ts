// Clean text must not pay for NLP: the cheap patterns run first and compromise parses only the
// sentences they pick out.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('compromise', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (text: string) => unknown }).default;
  const counted = Object.assign((text: string) => {
    calls.count++;
    return real(text);
  }, real);
  return { default: counted };
});

const { check } = await import('../../rules/engine.ts');
const { resolveConfig } = await import('../../rules/config.ts');
const config = resolveConfig([{ source: 'file', value: { colleagues: ['Tom Reed', 'Priya Shah'] } }]).config;

describe('prefilter', () => {
  beforeEach(() => {
    calls.count = 0;
  });

  it.each([
    'Lovely morning for a walk along the canal towards Linslade, the towpath is looking great after the rain.',
    'Big thanks to everyone who came down to the market on Saturday, the cake stall sold out by eleven!',
    'Does anyone know if the leisure centre pool is open on bank holiday Monday? Asking for my nan 🙏',
    'Spotted a heron by the lake at Tiddenfoot again, such a beautiful bird to watch.',
  ])('parses nothing for clean text: %s', (text) => {
    expect(check(text, { mode: 'personal', field: 'post', site: 'facebook' }, config).findings).toEqual([]);
    expect(calls.count).toBe(0);
  });

  it('does parse when a sentence needs grammar (so the count above can fail)', () => {
    check('I’m not saying the council is useless, but the bins are late again.', {}, config);
    expect(calls.count).toBeGreaterThan(0);
  });
});
