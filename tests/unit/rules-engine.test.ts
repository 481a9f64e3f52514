import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { checkTemplates } from '../../src/lib/rules/index.ts';
import { formatFindings } from '../../src/lib/report/format.ts';
import { handbook, rule, template } from './helpers/handbook.ts';
import type { Handbook } from '../../src/lib/model.ts';

const run = (book: Handbook, options: { translations?: boolean } = {}) => {
  const diagnostics = new Diagnostics();
  const report = checkTemplates(book, diagnostics, { ruleUrl: (locale, id) => `/${locale}/rules/${id}/` });
  // Fixtures in one or two locales would otherwise warn about the missing translations of each template.
  const messages = diagnostics.messages().filter((m) => options.translations || m.ruleId !== 'missing-translation');
  const lines = messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'} ${m.ruleId} ${m.reason}`);
  return { messages, report, lines, errors: messages.filter((m) => m.fatal).length, warnings: messages.filter((m) => !m.fatal).length };
};

const promises = rule('no-promises', [{ id: 'time', type: 'forbidden', patterns: { en: ['in\\s+\\d+\\s+minutes'], pl: ['za\\s+\\d+\\s+minut\\p{L}*'] }, message: { en: 'Fixed-time promise' } }]);

describe('forbidden phrases', () => {
  it('reports each hit at the offending words, with rule id and URL', () => {
    const { lines, messages } = run(handbook({ guidelines: [promises], templates: [template('en', 'a', 'Sorry.\nWe will call you back in 10 minutes.')] }));
    expect(lines).toEqual(['content/templates/en/a.md:11:23 error no-promises Fixed-time promise: “in 10 minutes”']);
    const [message] = messages;
    expect(message.url).toBe('/en/rules/no-promises/');
    expect(message.place).toMatchObject({ start: { line: 11, column: 23 }, end: { line: 11, column: 36 } });
  });
  it('lets a time from a placeholder through', () => {
    expect(run(handbook({ guidelines: [promises], templates: [template('en', 'a', 'We will call you back in {{minutes}} minutes.', { placeholders: { minutes: 'm' } })] })).lines).toEqual([]);
  });
  it('does not match link targets, only what the reader sees', () => {
    expect(run(handbook({ guidelines: [promises], templates: [template('en', 'a', 'See [our page](https://x.test "in 10 minutes").')] })).lines).toEqual([]);
  });
  it('reports every finding at once', () => {
    const { lines } = run(handbook({
      guidelines: [promises],
      templates: [template('en', 'a', 'in 5 minutes or in 10 minutes'), template('pl', 'a', 'Oddzwonimy za 10 minut.')],
    }));
    expect(lines).toHaveLength(3);
  });
  it('honours the severity: a warning does not count as an error', () => {
    const joking = rule('humour', [{ id: 'lol', type: 'forbidden', severity: 'warning', patterns: { '*': ['lol', 'haha'] } }]);
    const { errors, warnings } = run(handbook({ guidelines: [joking], templates: [template('fi', 'a', 'haha, kiitos')] }));
    expect(errors).toBe(0);
    expect(warnings).toBe(1);
  });
});

describe('required elements and kinds', () => {
  const thanks = rule('thanks', [{ id: 'thanks', type: 'required', appliesTo: ['complaint-reply'], patterns: { en: ['thank\\p{L}*'] } }]);
  it('requires the element only in the kinds the check applies to', () => {
    const { lines } = run(handbook({
      guidelines: [thanks],
      templates: [template('en', 'a', 'We are on it.'), template('en', 'b', 'Update posted.', { kind: 'statement' }), template('en', 'c', 'Thanks!')],
    }));
    expect(lines).toEqual(['content/templates/en/a.md:10:1 error thanks Rule thanks: missing']);
  });
  it('applies a rule the template lists in guidelines, whatever its kind', () => {
    const { lines, report } = run(handbook({ guidelines: [thanks], templates: [template('en', 'b', 'Update posted.', { kind: 'statement', guidelines: ['thanks'] })] }));
    expect(lines).toHaveLength(1);
    expect(report.templates.get('en/b')).toEqual({ checkedAgainst: ['thanks'], passed: [] });
  });
  it('reports which rules each template passes and which templates each rule checks', () => {
    const { report } = run(handbook({ guidelines: [thanks, promises], templates: [template('en', 'c', 'Thank you.')] }));
    expect(report.templates.get('en/c')).toEqual({ checkedAgainst: ['thanks', 'no-promises'], passed: ['thanks', 'no-promises'] });
    expect(report.rules.get('thanks')).toEqual(['en/c']);
  });
});

describe('shouting, length and placeholders', () => {
  it('flags all-caps words and "!!", not short acronyms', () => {
    const shouting = rule('calm', [{ id: 'caps', type: 'shouting', minLetters: 5 }]);
    const { lines } = run(handbook({ guidelines: [shouting], templates: [template('hu', 'a', 'Küldjön SMS-t vagy DM-et. EZT NEM!!')] }));
    expect(lines.map((line) => line.split(' ').slice(-1)[0])).toEqual(['“!!”']);
    const { lines: caps } = run(handbook({ guidelines: [shouting], templates: [template('hu', 'a', 'Ez ELFOGADHATATLAN.')] }));
    expect(caps).toHaveLength(1);
  });
  it('checks each channel against its limit, a link placeholder counting as one URL', () => {
    const length = rule('fit', [{ id: 'length', type: 'length' }]);
    const long = 'a'.repeat(270) + ' {{status_link}}';
    const { lines } = run(handbook({ guidelines: [length], templates: [template('en', 'a', long, { channels: ['x', 'facebook'], placeholders: { status_link: 'Link' } })] }));
    expect(lines).toEqual(['content/templates/en/a.md:10:1 error fit Rule fit: 294 characters for x, over its limit of 280']);
  });
  it('finds undeclared, unused and leftover placeholders', () => {
    const complete = rule('complete', [{ id: 'ph', type: 'placeholders' }]);
    const body = 'Hi {{customer_name}}, your case {case} [NAME] %s <name> {{ Bad Name }}.';
    const { lines } = run(handbook({ guidelines: [complete], templates: [template('en', 'a', body, { placeholders: { agent_name: 'Agent' } })] }));
    expect(lines.join('\n')).toContain('{{customer_name}} is used but not declared');
    expect(lines.join('\n')).toContain('{{agent_name}} is declared but never used');
    for (const leftover of ['“{case}”', '“[NAME]”', '“%s”', '“<name>”', '“{{ Bad Name }}”']) expect(lines.join('\n')).toContain(leftover);
  });
});

describe('translations and rule data', () => {
  it('reports a missing translation and placeholders that differ between locales', () => {
    const { lines } = run(handbook({
      templates: [
        template('en', 'a', '{{name}}', { placeholders: { name: 'Name' } }),
        template('pl', 'a', '{{imie}}', { placeholders: { imie: 'Imię' } }),
      ],
    }), { translations: true });
    expect(lines).toContain('content/templates/pl/a.md:undefined:undefined error translation-parity Placeholders differ from the en translation (content/templates/en/a.md): missing name; extra imie');
    expect(lines.filter((line) => line.includes('missing-translation'))).toHaveLength(4);
  });
  it('reports an invalid regular expression with the rule file and field', () => {
    const broken = rule('broken', [{ id: 'x', type: 'forbidden', patterns: { en: ['ok', 'call (back'] } }]);
    const { lines } = run(handbook({ guidelines: [broken], templates: [template('en', 'a', 'Hi')] }));
    expect(lines[0]).toMatch(/^content\/guidelines\/broken\.yaml:undefined:undefined error rule-data Invalid regular expression in field "checks\.0\.patterns\.en\.1"/);
  });
  it('reports a locale with templates but no patterns, never passing it silently', () => {
    const { lines } = run(handbook({ guidelines: [promises], templates: [template('fi', 'a', 'Soitamme 10 minuutissa')] }));
    expect(lines).toEqual([expect.stringContaining('error rule-data Check "time" has no patterns for "fi"')]);
  });
  it('reports a rule id in a template that does not exist', () => {
    const { lines } = run(handbook({ templates: [template('en', 'a', 'Hi', { guidelines: ['no-such-rule'] })] }));
    expect(lines).toEqual([expect.stringContaining('missing-reference Unknown rule "no-such-rule" in field "guidelines.0"')]);
  });
});

describe('the reporter', () => {
  it('prints path:line:column  severity  message  rule-id, and a count; or JSON', () => {
    const { messages } = run(handbook({ guidelines: [promises], templates: [template('en', 'a', 'back in 10 minutes')] }));
    expect(formatFindings(messages)).toBe('content/templates/en/a.md:10:6  error  Fixed-time promise: “in 10 minutes”  no-promises\n1 error, 0 warnings');
    const [finding] = JSON.parse(formatFindings(messages, { format: 'json' }));
    expect(finding).toMatchObject({ file: 'content/templates/en/a.md', line: 10, column: 6, endColumn: 19, severity: 'error', ruleId: 'no-promises', url: '/en/rules/no-promises/' });
  });
});

describe('readable ranges', () => {
  it('take plain replies as their paragraphs, exactly as remark would', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { visit } = await import('unist-util-visit');
    const { readableRanges } = await import('../../src/lib/rules/template-checks.ts');
    const viaRemark = (body: string) => {
      const ranges: [number, number][] = [];
      visit(unified().use(remarkParse).parse(body), 'text', (node) => void ranges.push([node.position!.start.offset!, node.position!.end.offset!]));
      return ranges;
    };
    for (const body of ['Hi {{customer_name}}, thanks.\nWe are on it.\n\nBest,\n{{agent_name}}', 'One line only', 'Kiitos viestistä.\n\n\nTerveisin, tiimi']) {
      expect(readableRanges(body)).toEqual(viaRemark(body));
    }
    // Markdown goes through remark: the link target is not readable text.
    expect(readableRanges('See [the page](https://x.test).')).toEqual([[0, 4], [5, 13], [30, 31]]);
  });
});
