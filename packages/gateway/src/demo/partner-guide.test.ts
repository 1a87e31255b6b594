import { describe, expect, it } from 'vitest';
import { readmeBlock } from './partner-guide.js';

describe('readmeBlock', () => {
  it('takes the bash block after the marker, up to its closing fence', () => {
    const readme =
      'intro\n<!-- foreign-partner:send -->\n```bash\necho one\necho two\n```\n\n```bash\nlater\n```\n';
    expect(readmeBlock('send', readme)).toBe('echo one\necho two\n');
  });

  it('reads the real README: send and receive blocks source the toolkit', () => {
    expect(readmeBlock('send')).toMatch(/^\. \.\/foreign-partner\.sh\n/);
    expect(readmeBlock('send')).toContain('nrm_submit');
    expect(readmeBlock('receive')).toContain('nrm_ack');
  });

  it('fails loudly when the marker or its block is missing', () => {
    expect(() => readmeBlock('send', '# nothing here')).toThrow(
      'the README has no <!-- foreign-partner:send --> block',
    );
    expect(() => readmeBlock('send', '<!-- foreign-partner:send -->\ntext only')).toThrow(
      'is not followed by a bash block',
    );
  });
});
