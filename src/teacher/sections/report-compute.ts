import { classReport, classScenarioId, type ClassReport, type Submission } from '../../analysis';
import { type ClassSettings } from '../../app';
import { findScenario } from '../data';
import { included, reportClass } from '../report-store';
import { rememberedClass } from '../state';

// Which class the report checks against (set in the report, else the class set up here, else the settings most
// games share) and the report itself, with the class most games share when some are from another class.

export type Computed = { report: ClassReport; from: 'setup' | 'given' | 'inferred'; inferred: ClassSettings | null } | null;

export function compute(list: Submission[]): Computed {
  const given = reportClass();
  const setup = given ? null : rememberedClass();
  const klass = given ?? setup;
  const scenario = findScenario(klass?.scenario ?? classScenarioId(list) ?? '');
  if (!scenario) return null;
  const include = included();
  const report = classReport(list, scenario, findScenario, { class: klass, include });
  const common = findScenario(classScenarioId(list) ?? '') ?? scenario;
  const inferred = !klass ? report.class : report.groups['other-class'] ? classReport(list, common, findScenario, { class: null }).class : null;
  return { report, from: given ? 'given' : setup ? 'setup' : 'inferred', inferred };
}

