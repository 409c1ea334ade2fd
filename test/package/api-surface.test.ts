/**
 * The public API surface: the names the package root exports, values and types, pinned. An
 * export added or removed by accident fails here; a deliberate one is added to ROOT_EXPORTS (one
 * name a line, sorted, so that merges of several branches' additions are easy).
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';

// prettier-ignore
const ROOT_EXPORTS = [
  'AddBusinessTimeOptions',
  'AllocateIncidentsOptions',
  'AuditBreachFinding',
  'AuditCause',
  'AuditClaim',
  'AuditFinding',
  'AuditFindingBase',
  'AuditInstantFinding',
  'AuditMissingClockFinding',
  'AuditStateFinding',
  'AuditTicketOptions',
  'Author',
  'BuildInvoiceOptions',
  'Calendar',
  'CalendarDefinition',
  'CalendarSpec',
  'ChannelSpec',
  'ChargeKind',
  'ChargeLine',
  'CheckEntitlementOptions',
  'ClockFigures',
  'ClockKind',
  'ClockResult',
  'ClockResultMillis',
  'ClockSpec',
  'ClockState',
  'ClosedDay',
  'ClosedStretch',
  'ClosedStretchMillis',
  'ComplianceGroupKey',
  'ComplianceReport',
  'ComplianceReportOptions',
  'ComplianceRow',
  'Contract',
  'CountryHolidaySource',
  'CycleFigures',
  'CycleMode',
  'CycleResult',
  'CycleResultMillis',
  'DEFAULT_REOPEN_WINDOW_DAYS',
  'DEFAULT_SHORTENING_MINUTES',
  'DEFAULT_STATUSES',
  'DatesHolidaySource',
  'DayOffInput',
  'DueBoundary',
  'DurationInput',
  'DurationSketch',
  'EMPTY_DURATION_SKETCH',
  'ElapsedSummary',
  'Entitlement',
  'EvaluateTicketOptions',
  'ExplainClockOptions',
  'ExplanationStep',
  'FixedFee',
  'FormatMoneyOptions',
  'HOLIDAY_SECTORS',
  'HOLIDAY_TYPES',
  'HolidayBasis',
  'HolidayCoverage',
  'HolidayDataOrigin',
  'HolidayInfo',
  'HolidayMove',
  'HolidayOccurrence',
  'HolidaySector',
  'HolidaySource',
  'HolidayType',
  'HolidayYear',
  'HolidayYearCoverage',
  'HolidayYearOverride',
  'Incident',
  'IncidentAllocation',
  'IncidentPack',
  'InstantInput',
  'InvalidInputError',
  'Invoice',
  'InvoiceItem',
  'Issue',
  'IssueCode',
  'IssuePath',
  'Money',
  'MoneyError',
  'MoneyInput',
  'PercentFee',
  'PeriodAnchor',
  'PeriodUnit',
  'PhoneAllowance',
  'PhoneCall',
  'PhoneStatement',
  'PhoneStatementLine',
  'PhoneStatementPeriod',
  'Plan',
  'PlanCalendarSpec',
  'PlanSpec',
  'PriorityChangePolicy',
  'PriorityMatrix',
  'PrioritySpec',
  'ReadTicketOptions',
  'RejectedTicket',
  'RenderTimelineOptions',
  'ResolvedHolidaySource',
  'RoundingMode',
  'SKETCH_RELATIVE_ERROR',
  'SafeParseResult',
  'ShortenedDay',
  'ShortenedDayInput',
  'StatusKind',
  'Target',
  'TicketEvent',
  'TicketFigures',
  'TicketInput',
  'TicketSla',
  'TicketSlaMillis',
  'UpgradeScope',
  'WarningSpec',
  'Weekday',
  'WorkCharge',
  'WorkingDayTransfer',
  'addBusinessDays',
  'addBusinessDaysMillis',
  'addBusinessMillis',
  'addBusinessTime',
  'addMoney',
  'allocateIncidents',
  'allocateIncidentsOrThrow',
  'allocateMoney',
  'alwaysOpen',
  'auditTicket',
  'billPhoneCalls',
  'buildInvoice',
  'businessMillisBetween',
  'businessTimeBetween',
  'checkEntitlement',
  'closedStretches',
  'closedStretchesMillis',
  'compareMoney',
  'complianceReport',
  'currencyExponent',
  'describeHolidayCoverage',
  'difference',
  'durationSketchOf',
  'endOfBusinessDay',
  'endOfBusinessDayMillis',
  'evaluateTicket',
  'evaluateTicketMillis',
  'explainClock',
  'fixedFee',
  'formatMoney',
  'holidayCoverage',
  'holidaysBetween',
  'intersection',
  'isBusinessDay',
  'isKnownCurrency',
  'isMoney',
  'isOpen',
  'isOpenMillis',
  'isUpgradeCovered',
  'maintenanceFee',
  'makeCalendar',
  'makeHolidaySource',
  'makeMoney',
  'makePhoneAllowance',
  'makePlan',
  'mergeComplianceReports',
  'mergeDurationSketches',
  'money',
  'moneyToDecimal',
  'multiplyMoney',
  'nextClosing',
  'nextClosingMillis',
  'nextOpening',
  'nextOpeningMillis',
  'openIntervals',
  'parseCalendar',
  'parseHolidaySource',
  'parseHolidaySources',
  'parseMoney',
  'parsePhoneAllowance',
  'parsePlan',
  'percentOf',
  'phoneOverageCharge',
  'priceWork',
  'priorityFor',
  'readPhoneAllowance',
  'renderTimeline',
  'safeParseCalendar',
  'safeParseHolidaySource',
  'safeParseMoney',
  'safeParsePhoneAllowance',
  'safeParsePlan',
  'sketchMedianMs',
  'sketchP90Ms',
  'sketchQuantileMs',
  'subtractBusinessMillis',
  'subtractBusinessTime',
  'subtractMoney',
  'sumMoney',
  'supportedCurrencies',
  'union',
  'wholeWorkingDays',
  'zeroMoney',
];

/** Every name `src/index.ts` exports (values and types), from the TypeScript checker. */
const exportedNames = (): { names: string[]; values: string[]; categoryless: { name: string; file: string }[] } => {
  const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
  const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error('src/index.ts has no module symbol');
  const symbols = checker.getExportsOfModule(moduleSymbol);
  const values = symbols
    .filter((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return (target.flags & ts.SymbolFlags.Value) !== 0;
    })
    .map((s) => s.name);
  const categoryless = symbols.flatMap((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const decl = target.declarations?.[0];
    if (decl === undefined) return [];
    const holder = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
    const tags = ts.getJSDocTags(holder).map((t) => t.tagName.text);
    return tags.includes('category') || tags.includes('internal') ? [] : [{ name: s.name, file: decl.getSourceFile().fileName }];
  });
  return { names: symbols.map((s) => s.name).sort(), values: values.sort(), categoryless };
};

/**
 * The layers whose exports must carry a typedoc `@category` (`@internal` ones are not in the docs;
 * the layers above add theirs as they land).
 */
const LAYERS_WITH_CATEGORIES = ['internal', 'time', 'money', 'holidays', 'calendar', 'business-time', 'quota', 'billing'];

describe('API surface of the package root', () => {
  const { names, values, categoryless } = exportedNames();

  it('is the pinned list, sorted', () => {
    expect([...ROOT_EXPORTS].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(ROOT_EXPORTS);
    expect(names).toEqual(ROOT_EXPORTS);
  });

  it('groups every export of layers 0 to 6 in a typedoc @category', () => {
    const missing = categoryless.filter((c) => LAYERS_WITH_CATEGORIES.some((l) => c.file.includes(`/src/${l}/`))).map((c) => `${c.name} (${c.file.replace(/.*\/src\//, 'src/')})`);
    expect(missing).toEqual([]);
  });

  it('exports at run time exactly the value names of the list', () => {
    expect(Object.keys(root).sort()).toEqual(values);
  });
});
