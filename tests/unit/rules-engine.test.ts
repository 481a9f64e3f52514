import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src/lib/schema.ts';
import { Diagnostics } from '../../src/lib/diagnostics.ts';
import { checkTemplates } from '../../src/lib/rules/index.ts';
import { handbook, origin, rule, runRules, template } from './helpers/handbook.ts';

const promises = rule('no-promises', [
  {
    id: 'time',
    type: 'forbidden',
    patterns: {
      en: ['in\\s+\\d+\\s+minutes', 'within\\s+an\\s+hour'],
      pl: ['za\\s+\\d+\\s+minut\\p{L}*', 'w\\s+ciągu\\s+godziny'],
      hu: ['\\d+\\s+perc\\p{L}*\\s+(?:belül|múlva)'],
      ro: ['în\\s+\\d+\\s+minute', 'într-o\\s+oră'],
      es: ['en\\s+\\d+\\s+minutos'],
      fi: ['\\d+\\s*minuu\\p{L}*', 'tunnin\\s+sisällä'],
    },
    message: { en: 'Fixed-time promise.' },
  },
]);

describe('forbidden phrases', () => {
  it('reports each hit on the offending words in the template file, with rule id, URL and a note', () => {
    const { lines, messages } = runRules(handbook({ guidelines: [promises], templates: [template('en', 'a', 'Sorry.\nWe will call you back in 10 minutes.')] }));
    expect(lines).toEqual(['content/templates/en/a.md:11:23 error no-promises Fixed-time promise: “in 10 minutes”']);
    const [message] = messages;
    expect(message.place).toMatchObject({ start: { line: 11, column: 23 }, end: { line: 11, column: 36 } });
    expect(message).toMatchObject({ ruleId: 'no-promises', source: 'rules', url: '/en/rules/no-promises/', fatal: true });
    expect(message.note).toMatch(/Rephrase/);
  });

  it('finds fixed-time promises in every locale’s own wording, and only with that locale’s patterns', () => {
    const bodies = {
      en: 'We will fix it within an hour.',
      pl: 'Oddzwonimy za 10 minut.',
      hu: 'Visszahívjuk 10 percen belül.',
      ro: 'Vă sunăm într-o oră.',
      es: 'Le llamamos en 15 minutos.',
      fi: 'Soitamme 10 minuutissa.',
    } as const;
    const templates = Object.entries(bodies).map(([locale, body]) => template(locale as keyof typeof bodies, 'a', body));
    const { lines } = runRules(handbook({ guidelines: [promises], templates }));
    expect(lines.map((line) => line.split('“')[1])).toEqual(['within an hour”', 'en 15 minutos”', '10 minuutissa”', '10 percen belül”', 'za 10 minut”', 'într-o oră”']);
    // English words in a Polish reply are not checked with the English patterns.
    expect(runRules(handbook({ guidelines: [promises], templates: [template('pl', 'b', 'Dziękujemy, in 10 minutes.')] })).lines).toEqual([]);
  });

  it('lets a time from a placeholder through', () => {
    const body = 'We will call you back in {{minutes}} minutes, next update at {{next_update_time}}.';
    expect(runRules(handbook({ guidelines: [promises], templates: [template('en', 'a', body, { placeholders: { minutes: 'm', next_update_time: 't' } })] })).lines).toEqual([]);
  });

  it('never hits inside a longer word', () => {
    const joking = rule('humour', [{ id: 'laugh', type: 'forbidden', patterns: { '*': ['haha', 'lol', 'hah'] } }]);
    const templates = [template('fi', 'a', 'Hahmo ja lolly, hahaa? Kiitos.'), template('hu', 'a', 'Köszönjük, hahó!'), template('en', 'a', 'Holla lolipop')];
    expect(runRules(handbook({ guidelines: [joking], templates })).lines).toEqual([]);
  });

  it('matches decomposed text and reports the original column', () => {
    const body = 'Vă mulțumim. Vă sunăm în 10 minute.'.normalize('NFD');
    const { messages } = runRules(handbook({ guidelines: [promises], templates: [template('ro', 'a', body)] }));
    expect(messages).toHaveLength(1);
    expect(messages[0].column).toBe(body.indexOf('i\u0302n') + 1);
    expect(messages[0].place).toMatchObject({ end: { column: body.indexOf(' minute') + ' minute'.length + 1 } });
    expect(messages[0].reason.normalize('NFC')).toContain('“în 10 minute”');
  });

  it('folds ş/ţ so both spellings of a Romanian word are the same', () => {
    const blame = rule('blame', [{ id: 'b', type: 'forbidden', patterns: { ro: ['nu\\s+ați\\s+citit'] } }]);
    const { lines } = runRules(handbook({ guidelines: [blame], templates: [template('ro', 'a', 'Nu aţi citit condiţiile.')] }));
    expect(lines).toEqual(['content/templates/ro/a.md:10:1 error blame Rule blame: “Nu aţi citit”']);
  });

  it('reads the words a customer reads: across emphasis, in link titles, but not in link targets', () => {
    const excuses = rule('honest', [{ id: 'excuse', type: 'forbidden', patterns: { en: ['we\\s+were\\s+hacked', 'in\\s+\\d+\\s+minutes'] } }]);
    const body = 'Back **in 10** minutes.\n\nSee [our page](https://x.test/we-were-hacked "we were hacked").';
    const { lines } = runRules(handbook({ guidelines: [excuses], templates: [template('en', 'a', body)] }));
    expect(lines).toEqual([
      'content/templates/en/a.md:10:8 error honest Rule honest: “in 10 minutes”',
      `content/templates/en/a.md:12:${body.split('\n')[2].indexOf('we were hacked') + 1} error honest Rule honest: “we were hacked”`,
    ]);
  });

  it('reports every finding at once, across templates and locales', () => {
    const { lines } = runRules(handbook({
      guidelines: [promises],
      templates: [template('en', 'a', 'in 5 minutes or in 10 minutes'), template('pl', 'a', 'Oddzwonimy za 10 minut.')],
    }));
    expect(lines).toHaveLength(3);
  });

  it('applies `*` patterns in every locale', () => {
    const joking = rule('humour', [{ id: 'laugh', type: 'forbidden', patterns: { '*': ['haha'], en: ['lol'] } }]);
    const { lines } = runRules(handbook({ guidelines: [joking], templates: [template('fi', 'a', 'haha'), template('en', 'a', 'lol haha')] }));
    expect(lines).toHaveLength(3);
  });
});

describe('severity and messages', () => {
  it('uses the check’s severity, else the rule’s: a warning is not an error', () => {
    const joking = rule('humour', [{ id: 'lol', type: 'forbidden', severity: 'warning', patterns: { '*': ['lol', 'haha'] } }]);
    expect(runRules(handbook({ guidelines: [joking], templates: [template('fi', 'a', 'haha, kiitos')] }))).toMatchObject({ errors: 0, warnings: 1 });
    const mild = rule('mild', [{ id: 'lol', type: 'forbidden', patterns: { '*': ['lol'] } }], { severity: 'warning' });
    expect(runRules(handbook({ guidelines: [mild], templates: [template('en', 'a', 'lol')] }))).toMatchObject({ errors: 0, warnings: 1 });
    const strict = rule('strict', [{ id: 'lol', type: 'forbidden', severity: 'error', patterns: { '*': ['lol'] } }], { severity: 'warning' });
    expect(runRules(handbook({ guidelines: [strict], templates: [template('en', 'a', 'lol')] }))).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('reports in one language, English: the check’s English message, else the rule’s English title', () => {
    const withMessage = rule('m', [{ id: 'c', type: 'forbidden', patterns: { '*': ['lol'] }, message: { en: 'No laughing', pl: 'Bez śmiechu' } }]);
    const withTitle = rule('t', [{ id: 'c', type: 'forbidden', patterns: { '*': ['haha'] } }], { title: { en: 'Care', hu: 'Óvatosan' } });
    const { lines } = runRules(handbook({
      guidelines: [withMessage, withTitle],
      templates: [template('pl', 'a', 'lol'), template('hu', 'a', 'lol haha'), template('fi', 'a', 'haha')],
    }));
    expect(lines.map((line) => line.split(' ').slice(3).join(' '))).toEqual(['Care: “haha”', 'No laughing: “lol”', 'Care: “haha”', 'No laughing: “lol”']);
  });
});

describe('required elements, kinds and the report', () => {
  const thanks = rule('thanks', [{ id: 'thanks', type: 'required', appliesTo: ['complaint-reply'], patterns: { en: ['thank\\p{L}*'], pl: ['dziękuj\\p{L}*'] }, message: { en: 'No thanks found.' } }]);

  it('requires the element only in the kinds the check applies to, reported at the body start', () => {
    const { lines } = runRules(handbook({
      guidelines: [thanks],
      templates: [template('en', 'a', 'We are on it.'), template('en', 'b', 'Update posted.', { kind: 'statement' }), template('en', 'c', 'Thanks!'), template('pl', 'c', 'Dziękujemy!')],
    }));
    expect(lines).toEqual(['content/templates/en/a.md:10:1 error thanks No thanks found.']);
  });

  it('applies every check of a rule the template lists in `guidelines`, whatever its kind', () => {
    const { lines, report } = runRules(handbook({ guidelines: [thanks], templates: [template('en', 'b', 'Update posted.', { kind: 'statement', guidelines: ['thanks'] })] }));
    expect(lines).toHaveLength(1);
    expect(report.templates.get('en/b')).toMatchObject({ checkedAgainst: ['thanks'], passed: [], failed: ['thanks'] });
  });

  it('says which rules each template was checked against and passes, and which templates each rule checks', () => {
    const joking = rule('humour', [{ id: 'lol', type: 'forbidden', severity: 'warning', patterns: { '*': ['lol'] } }]);
    const unrelated = rule('moderation-only', [{ id: 'x', type: 'required', appliesTo: ['moderation'], patterns: { '*': ['rules'] } }]);
    const noChecks = rule('own-mistakes', []);
    const { report } = runRules(handbook({
      guidelines: [thanks, promises, joking, unrelated, noChecks],
      templates: [template('en', 'c', 'Thank you.', { guidelines: ['own-mistakes'] }), template('en', 'd', 'Thanks, lol.')],
    }));
    expect(report.templates.get('en/c')).toMatchObject({ checkedAgainst: ['thanks', 'no-promises', 'humour'], passed: ['thanks', 'no-promises', 'humour'], failed: [] });
    // A warning is not a pass: the template page shows only rules with no finding at all.
    expect(report.templates.get('en/d')).toMatchObject({ checkedAgainst: ['thanks', 'no-promises', 'humour'], passed: ['thanks', 'no-promises'], failed: ['humour'] });
    expect(report.rules.get('thanks')).toEqual(['en/c', 'en/d']);
    expect(report.rules.get('moderation-only')).toEqual([]);
    expect(report.rules.get('own-mistakes')).toEqual([]);
  });

  it('finds a required element anywhere in the reply, in any paragraph', () => {
    expect(runRules(handbook({ guidelines: [thanks], templates: [template('en', 'a', 'Hello.\n\nWe are on it.\n\nThank you, {{agent_name}}', { placeholders: { agent_name: 'n' } })] })).lines).toEqual([]);
  });
});

describe('shouting', () => {
  const calm = rule('calm', [{ id: 'caps', type: 'shouting', minLetters: 5 }]);
  const shouts = (locale: 'en' | 'hu' | 'pl' | 'es', body: string, guideline = calm) =>
    runRules(handbook({ guidelines: [guideline], templates: [template(locale, 'a', body)] })).lines.map((line) => line.split(': ').at(-1));

  it('flags all-caps words of at least minLetters letters, in any alphabet, not acronyms', () => {
    expect(shouts('hu', 'Küldjön SMS-t vagy DM-et. Ez ELFOGADHATATLAN.')).toEqual(['“ELFOGADHATATLAN”']);
    expect(shouts('pl', 'ŻĄDAMY wyjaśnień, to NIEDOPUSZCZALNE')).toEqual(['“ŻĄDAMY”', '“NIEDOPUSZCZALNE”']);
    expect(shouts('en', 'Our FAQ and the NHS page; McDONALD is a name.')).toEqual([]);
  });

  it('flags two or more exclamation marks, not one', () => {
    expect(shouts('es', '¡¡Gracias!! Muy bien!')).toEqual(['“¡¡”', '“!!”']);
    expect(shouts('en', 'Thanks!')).toEqual([]);
  });

  it('honours minLetters and places the finding on the word', () => {
    expect(shouts('hu', 'EZT NEM', rule('calm', [{ id: 'caps', type: 'shouting', minLetters: 3 }]))).toEqual(['“EZT”', '“NEM”']);
    const { messages } = runRules(handbook({ guidelines: [calm], templates: [template('hu', 'a', 'Ez ELFOGADHATATLAN.')] }));
    expect(messages[0].place).toMatchObject({ start: { line: 10, column: 4 }, end: { line: 10, column: 19 } });
  });
});

describe('length per channel', () => {
  const fit = rule('fit', [{ id: 'length', type: 'length' }]);
  const lengthLines = (body: string, extra: Parameters<typeof template>[3], guideline = fit) =>
    runRules(handbook({ guidelines: [guideline], templates: [template('en', 'a', body, extra)] })).lines;

  it('checks X at 280 weighted characters, a link placeholder counting as one URL', () => {
    const extra = { channels: ['x', 'facebook'] as const, placeholders: { status_link: 'Link' } };
    expect(lengthLines('a'.repeat(256) + ' {{status_link}}', { ...extra, channels: [...extra.channels] })).toEqual([]);
    expect(lengthLines('a'.repeat(257) + ' {{status_link}}', { ...extra, channels: [...extra.channels] })).toEqual([
      'content/templates/en/a.md:10:1 error fit Rule fit: 281 characters on X, over its limit of 280',
    ]);
    expect(lengthLines('a'.repeat(278) + ' 👍', { channels: ['x'] })).toEqual(['content/templates/en/a.md:10:1 error fit Rule fit: 281 characters on X, over its limit of 280']);
  });

  it('checks SMS in segments, Instagram, LinkedIn and DMs at their limits, e-mail never', () => {
    expect(lengthLines('a'.repeat(460), { channels: ['sms', 'email', 'website'] })).toEqual([
      'content/templates/en/a.md:10:1 error fit Rule fit: 460 GSM-7 characters make 4 SMS segments, over the limit of 3 (459 characters)',
    ]);
    expect(lengthLines('ł'.repeat(202), { channels: ['sms'] })[0]).toContain('202 UCS-2 characters make 4 SMS segments');
    expect(lengthLines('ł'.repeat(201), { channels: ['sms'] })).toEqual([]);
    expect(lengthLines('a'.repeat(1251), { channels: ['linkedin', 'instagram', 'dm'] })).toEqual([
      'content/templates/en/a.md:10:1 error fit Rule fit: 1251 characters on LinkedIn, over its limit of 1250',
      'content/templates/en/a.md:10:1 error fit Rule fit: 1251 characters on direct messages, over its limit of 1000',
    ]);
  });

  it('takes a check’s own limits over the built-in ones', () => {
    // Cast: the schema's type makes `limits` list every channel (zod 4's exhaustive record); the engine takes any subset.
    const short = rule('fit', [{ id: 'length', type: 'length', limits: { facebook: 100 } as Record<Channel, number> }]);
    expect(lengthLines('a'.repeat(101), { channels: ['facebook'] }, short)).toEqual(['content/templates/en/a.md:10:1 error fit Rule fit: 101 characters on Facebook, over its limit of 100']);
  });
});

describe('placeholders', () => {
  const complete = rule('complete', [{ id: 'ph', type: 'placeholders' }]);

  it('finds undeclared and unused placeholders, each at its place', () => {
    const body = 'Hi {{customer_name}},\nsee you {{ when }}.';
    const placeholders = { agent_name: 'Agent', when: 'When' };
    const { lines } = runRules(handbook({
      guidelines: [complete],
      templates: [template('en', 'a', body, { placeholders, origin: origin('content/templates/en/a.md', { placeholders: [5, 1], 'placeholders.agent_name': [6, 3] }) })],
    }));
    expect(lines).toEqual([
      'content/templates/en/a.md:6:3 error complete Rule complete: {{agent_name}} is declared but never used',
      'content/templates/en/a.md:10:4 error complete Rule complete: {{customer_name}} is used but not declared',
    ]);
  });

  it('finds leftover template syntax of every kind, at its place', () => {
    const body = 'Hi {name}, case [NAME], ref [numer zamówienia], %s, <name>, {{Bad Name}}, {{ }}, {{x}, ${id}, Kedves XY, ____.';
    const { lines, messages } = runRules(handbook({ guidelines: [complete], templates: [template('en', 'a', body, { placeholders: { x: 'x' } })] }));
    for (const leftover of ['“{name}” looks like single braces', '“[NAME]”', '“[numer zamówienia]”', '“%s”', '“<name>”', '“{{Bad Name}}” looks like a malformed placeholder', '“{{ }}”', '“{{x}”', '“${id}” looks like a format directive', '“XY”', '“____”']) {
      expect(lines.join('\n')).toContain(leftover);
    }
    expect(messages.find((m) => m.reason.includes('“{name}”'))?.column).toBe(body.indexOf('{name}') + 1);
    // {{x} is malformed, so x is declared but never used (correctly) as well.
    expect(lines.join('\n')).toContain('{{x}} is declared but never used');
  });

  it('passes a reply whose placeholders are all declared and used, with Markdown links and ordinary punctuation', () => {
    const body = 'Hi {{customer_name}}, thanks (really). Details: [status]({{status_link}}). 50% off; 10.30; #support';
    expect(runRules(handbook({ guidelines: [complete], templates: [template('en', 'a', body, { placeholders: { customer_name: 'n', status_link: 'l' } })] })).lines).toEqual([]);
  });
});

describe('translations', () => {
  it('warns once about the missing translations of a template, naming the files to add', () => {
    const { messages } = runRules(handbook({ templates: [template('en', 'a', 'Hi'), template('pl', 'a', 'Cześć')] }), { translations: true });
    const missing = messages.filter((message) => message.ruleId === 'missing-translation');
    expect(missing.map((message) => `${message.file} ${message.reason}`)).toEqual([
      'content/templates/en/a.md Missing translation of template "a" in hu, ro, es, fi: those pages show the en text with a "not translated yet" notice',
    ]);
    expect(missing[0].note).toBe('Add content/templates/hu/a.md, content/templates/ro/a.md, content/templates/es/a.md, content/templates/fi/a.md, with the same placeholders as content/templates/en/a.md.');
  });

  it('reports placeholders that differ between locales, at the name that is not in the reference', () => {
    const { lines, messages } = runRules(handbook({
      templates: [
        template('en', 'a', '{{name}}', { placeholders: { name: 'Name' } }),
        template('pl', 'a', '{{imie}}', { placeholders: { imie: 'Imię' }, origin: origin('content/templates/pl/a.md', { placeholders: [6, 1], 'placeholders.imie': [7, 3] }) }),
        template('hu', 'a', '{{name}}', { placeholders: { name: 'Név' } }),
      ],
    }));
    expect(lines).toEqual(['content/templates/pl/a.md:7:3 error translation-parity Placeholders differ from the en translation (content/templates/en/a.md): missing name; extra imie']);
    expect(messages[0].note).toMatch(/^Rename "imie" to "name"\. /);
  });

  it('warns when translations differ in kind, situation, channels or rules', () => {
    const { lines } = runRules(handbook({
      templates: [template('en', 'a', 'Hi', { channels: ['x', 'facebook'] }), template('fi', 'a', 'Hei', { kind: 'holding', channels: ['facebook', 'x'] })],
    }));
    expect(lines).toEqual(['content/templates/fi/a.md:undefined:undefined warning translation-parity Field "kind" is holding here but complaint-reply in the en translation (content/templates/en/a.md)']);
  });
});

describe('references and rule data', () => {
  it('reports a rule id in a template that does not exist, at that field', () => {
    const { lines } = runRules(handbook({ templates: [template('en', 'a', 'Hi', { guidelines: ['no-such-rule'], origin: origin('content/templates/en/a.md', { 'guidelines.0': [8, 14] }) })] }));
    expect(lines).toEqual(['content/templates/en/a.md:8:14 error missing-reference Unknown rule "no-such-rule" in field "guidelines.0"']);
  });

  it('does not repeat a rule file’s own errors as an unknown rule in every template', () => {
    const diagnostics = new Diagnostics();
    diagnostics.error('content/guidelines/broken.yaml', 'Invalid field "checks.0.appliesTo"', { line: 3, column: 1 }, { ruleId: 'schema' });
    checkTemplates(handbook({ templates: [template('en', 'a', 'Hi', { guidelines: ['broken'] })] }), diagnostics, { ruleUrl: () => '' });
    expect(diagnostics.messages().filter((message) => message.ruleId !== 'missing-translation').map((message) => message.ruleId)).toEqual(['schema']);
  });

  it('reports an invalid regular expression with the rule’s file, the field and its line, and still runs the valid patterns', () => {
    const broken = rule('broken', [{ id: 'x', type: 'forbidden', patterns: { en: ['ok', 'call (back'] } }], {
      origin: origin('content/guidelines/broken.yaml', { checks: [20, 1], 'checks.0.patterns.en.1': [27, 11] }),
    });
    const { lines } = runRules(handbook({ guidelines: [broken], templates: [template('en', 'a', 'ok')] }));
    expect(lines[0]).toMatch(/^content\/guidelines\/broken\.yaml:27:11 error rule-data Unusable pattern in field "checks\.0\.patterns\.en\.1": invalid regular expression: .+ \(pattern: call \(back\)$/);
    expect(lines[1]).toBe('content/templates/en/a.md:10:1 error broken Rule broken: “ok”');
  });

  it('does not report a required element missing because one of its patterns is broken', () => {
    const thanks = rule('thanks', [{ id: 'thanks', type: 'required', patterns: { en: ['thank(\\p{L}*', 'grateful'] } }]);
    const { lines, report } = runRules(handbook({ guidelines: [thanks], templates: [template('en', 'a', 'Thank you')] }));
    expect(lines).toEqual([expect.stringContaining('error rule-data Unusable pattern in field "checks.0.patterns.en.0"')]);
    expect(report.templates.get('en/a')).toMatchObject({ checkedAgainst: ['thanks'], passed: [], failed: ['thanks'] });
  });

  it('rejects a pattern that matches empty text, and warns about an ASCII-only \\b', () => {
    const loose = rule('loose', [{ id: 'x', type: 'required', patterns: { en: ['(?:thanks)?', '\\bsorry\\b'] } }]);
    const { lines } = runRules(handbook({ guidelines: [loose], templates: [template('en', 'a', 'sorry')] }));
    expect(lines).toEqual([
      expect.stringContaining('error rule-data Unusable pattern in field "checks.0.patterns.en.0": it matches empty text'),
      expect.stringContaining('warning rule-data Pattern in field "checks.0.patterns.en.1" uses \\b'),
    ]);
  });

  it('reports duplicate check ids', () => {
    const twice = rule('twice', [{ id: 'same', type: 'shouting' }, { id: 'same', type: 'length' }]);
    expect(runRules(handbook({ guidelines: [twice] })).lines).toEqual(['content/guidelines/twice.yaml:undefined:undefined error rule-data Duplicate check id "same" in field "checks.1.id"']);
  });

  it('reports a locale that has templates but no patterns, never passing its templates silently', () => {
    const thanks = rule('thanks', [{ id: 'thanks', type: 'required', patterns: { en: ['thank\\p{L}*'] } }], { origin: origin('content/guidelines/thanks.yaml', { 'checks.0.patterns': [30, 5] }) });
    const { lines, report } = runRules(handbook({ guidelines: [thanks, promises], templates: [template('en', 'a', 'Thanks'), template('fi', 'a', 'Kiitos')] }));
    expect(lines).toEqual(['content/guidelines/thanks.yaml:30:5 error rule-data Check "thanks" has no patterns for locale "fi", which has templates (field "checks.0.patterns.fi"): it cannot check them']);
    // The Finnish template is not reported as missing thanks, but it does not pass the rule either.
    expect(report.templates.get('fi/a')).toMatchObject({ checkedAgainst: ['thanks', 'no-promises'], passed: ['no-promises'], failed: ['thanks'] });
    expect(report.templates.get('en/a')?.passed).toEqual(['thanks', 'no-promises']);
  });

  it('turns a check off in a locale given an empty list, for wording only some languages have', () => {
    const english = rule('no-unfortunately', [{ id: 'word', type: 'forbidden', patterns: { en: ['unfortunately'], pl: [] } }]);
    const thanks = rule('thanks', [{ id: 'thanks', type: 'required', patterns: { en: ['thank\\p{L}*'], pl: [] } }]);
    const { lines, report } = runRules(handbook({
      guidelines: [english, thanks],
      templates: [template('en', 'a', 'Thanks. Unfortunately not.'), template('pl', 'a', 'Niestety nie.')],
    }));
    expect(lines).toEqual(['content/templates/en/a.md:10:9 error no-unfortunately Rule no-unfortunately: “Unfortunately”']);
    // Not checked in Polish at all: not listed as passed (nothing was checked), and no rule-data error.
    expect(report.templates.get('pl/a')).toMatchObject({ checkedAgainst: [], passed: [], failed: [] });
    expect(report.rules.get('no-unfortunately')).toEqual(['en/a']);
  });

  it('accepts `*` patterns for every locale, and ignores locales without templates', () => {
    const shared = rule('shared', [{ id: 'x', type: 'forbidden', patterns: { '*': ['lol'] } }]);
    const english = rule('english', [{ id: 'x', type: 'forbidden', patterns: { en: ['lol'] } }]);
    expect(runRules(handbook({ guidelines: [shared, english], templates: [template('en', 'a', 'ok')] })).lines).toEqual([]);
    expect(runRules(handbook({ guidelines: [shared], templates: [template('hu', 'a', 'ok')] })).lines).toEqual([]);
  });
});
