/**
 * The severity scale (content/severity.yaml): the four levels playbooks carry as their typical
 * severity, the criteria an incident's actual severity is judged on, and what each level means for
 * the team (who is alerted, who approves what, how often to update, when to move). The checks make
 * the levels exactly low, medium, high and critical, every level describe every criterion, and
 * every role a known one.
 */
import type { Diagnostics } from './diagnostics.ts';
import type { Handbook } from './model.ts';
import { hasErrors, LAYOUT } from './load/layout.ts';
import { positionOf } from './load/yaml-positions.ts';
import { SEVERITIES } from './schema.ts';
import { closest, didYouMean } from './text/closest.ts';
import { checkRoleId } from './roles.ts';

export function checkSeverityScale(handbook: Handbook, diagnostics: Diagnostics, options: { rolesUsable: boolean }): void {
  const scale = handbook.severity;
  const file = LAYOUT.severity;
  if (!scale) {
    // A file that failed to load already says why.
    if (hasErrors(diagnostics, file)) return;
    diagnostics.error(file, `Missing ${file}: every severity badge links to the severity page it describes`, undefined, {
      ruleId: 'missing-file',
      source: 'schema',
      note: `Add the file with the criteria and the levels ${SEVERITIES.join(', ')} (the README shows an example).`,
    });
    return;
  }
  const { origin } = scale;
  const at = (path: (string | number)[]) => positionOf(origin.positions, path);

  const criteria = new Set<string>();
  scale.criteria.forEach((criterion, index) => {
    if (criteria.has(criterion.id)) {
      diagnostics.error(file, `Duplicate criterion id "${criterion.id}"`, at(['criteria', index, 'id']), {
        ruleId: 'duplicate-id',
        source: 'schema',
        note: 'Give each criterion its own id: the levels describe each criterion by it.',
      });
    }
    criteria.add(criterion.id);
  });

  const levels = new Set<string>();
  // What a misspelt id was taken for is not reported missing as well.
  const suggestedLevels = new Set<string>();
  scale.levels.forEach((level, index) => {
    if (!(SEVERITIES as readonly string[]).includes(level.id)) {
      const suggestion = closest(level.id, SEVERITIES);
      if (suggestion) suggestedLevels.add(suggestion);
      diagnostics.error(file, `Unknown severity level "${level.id}"`, at(['levels', index, 'id']), {
        ruleId: 'severity-level',
        source: 'schema',
        note: `${didYouMean(level.id, SEVERITIES)}The levels are ${SEVERITIES.join(', ')}: playbooks carry these ids.`,
      });
    } else if (levels.has(level.id)) {
      diagnostics.error(file, `Severity level "${level.id}" is described twice`, at(['levels', index, 'id']), {
        ruleId: 'duplicate-id',
        source: 'schema',
        note: 'Describe each level once.',
      });
    }
    levels.add(level.id);

    const suggestedCriteria = new Set<string>();
    for (const key of Object.keys(level.criteria)) {
      if (criteria.has(key)) continue;
      const suggestion = closest(key, [...criteria]);
      if (suggestion) suggestedCriteria.add(suggestion);
      diagnostics.error(file, `Level "${level.id}" describes criterion "${key}", which is not in the list of criteria`, at(['levels', index, 'criteria', key]), {
        ruleId: 'severity-criteria',
        source: 'schema',
        note: `${didYouMean(key, criteria)}Use one of the ids under "criteria": ${[...criteria].join(', ')}.`,
      });
    }
    for (const criterion of criteria) {
      if (criterion in level.criteria || suggestedCriteria.has(criterion)) continue;
      diagnostics.error(file, `Level "${level.id}" does not say what criterion "${criterion}" looks like at this level`, at(['levels', index, 'criteria']), {
        ruleId: 'severity-criteria',
        source: 'schema',
        note: `Add ${criterion}: { en: …, … } under the level's criteria: the matrix has a cell for every criterion at every level.`,
      });
    }

    // By id, not by place: a missing or misplaced level has its own finding.
    const highest = level.id === SEVERITIES[SEVERITIES.length - 1];
    if (!highest && !level.moveUp) {
      diagnostics.error(file, `Level "${level.id}" does not say when to move up`, at(['levels', index]), {
        ruleId: 'severity-level',
        source: 'schema',
        note: 'Add moveUp: { en: …, … }: what makes an incident at this level the next one.',
      });
    }
    if (highest && level.moveUp) {
      diagnostics.error(file, `Level "${level.id}" is the highest: there is no level to move up to`, at(['levels', index, 'moveUp']), {
        ruleId: 'severity-level',
        source: 'schema',
        note: 'Remove moveUp here; say with moveDown when the incident can go back down.',
      });
    }
    if (level.id === SEVERITIES[0] && level.moveDown) {
      diagnostics.error(file, `Level "${level.id}" is the lowest: there is no level to move down to`, at(['levels', index, 'moveDown']), {
        ruleId: 'severity-level',
        source: 'schema',
        note: 'Remove moveDown here.',
      });
    }

    if (options.rolesUsable) {
      level.alert.roles.forEach((role, r) => checkRoleId(diagnostics, handbook.roles.entries, origin, ['levels', index, 'alert', 'roles', r], role));
      level.approvals.forEach((approval, a) =>
        approval.by.forEach((role, r) => checkRoleId(diagnostics, handbook.roles.entries, origin, ['levels', index, 'approvals', a, 'by', r], role)),
      );
    }
  });

  const missing = SEVERITIES.filter((severity) => !levels.has(severity) && !suggestedLevels.has(severity));
  if (missing.length) {
    diagnostics.error(file, `Missing severity ${missing.length > 1 ? 'levels' : 'level'} ${missing.map((id) => `"${id}"`).join(', ')}`, at(['levels']), {
      ruleId: 'severity-level',
      source: 'schema',
      note: `Describe the four levels ${SEVERITIES.join(', ')}: playbooks carry them, and every badge links to its level.`,
    });
  } else if (!suggestedLevels.size && scale.levels.length === SEVERITIES.length && scale.levels.some((level, index) => level.id !== SEVERITIES[index])) {
    diagnostics.error(file, 'The severity levels are out of order', at(['levels']), {
      ruleId: 'severity-level',
      source: 'schema',
      note: `List them from the lowest to the highest: ${SEVERITIES.join(', ')}.`,
    });
  }
}
