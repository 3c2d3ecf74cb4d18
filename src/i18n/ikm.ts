/** Terms of the IKM CSV sheet (`ikmCsv`) and of `<masukan-ikm-report>`. */
export interface IkmTerms {
  $code: string;
  /** Field separator of CSV files in this language (`;` where Excel uses a decimal comma). */
  ikmCsvSeparator: string;
  /** Decimal mark of numbers in CSV files. */
  ikmCsvDecimal: string;
  ikmCsvHead: [no: string, date: string, serviceCode: string, service: string];
  ikmCsvSum: string;
  ikmCsvN: string;
  ikmCsvNrr: string;
  ikmCsvWeighted: string;
  ikmCsvNi: string;
  ikmCsvNik: string;
  ikmCsvLegend: [code: string, element: string, nrr: string, value: string, grade: string];
  /** Names of the free-text questions when no survey definition names them. */
  ikmTextQuestions: { perbaikan: string; saran: string };
  ikmTitle: string;
  ikmViewSummary: string;
  ikmViewPublication: string;
  ikmViewTexts: string;
  ikmHeadline: string;
  ikmNiScale: string;
  ikmGrade: string;
  ikmPerformance: string;
  ikmIncomplete: string;
  ikmElements: string;
  ikmElementsCaption: string;
  ikmCode: string;
  ikmElement: string;
  ikmRespondentsPerElement: string;
  ikmSum: string;
  ikmNrr: string;
  ikmWeighted: string;
  ikmValue: string;
  /** Heading of the per-group table: by service, unit, counter or period. */
  ikmGroups: (by: string) => string;
  ikmProfile: string;
  ikmGender: string;
  ikmAge: string;
  ikmEducation: string;
  ikmOccupation: string;
  ikmAgeUnit: string;
  ikmSample: string;
  ikmPopulation: string;
  ikmTarget: string;
  ikmAchieved: string;
  ikmAdequate: string;
  ikmShortfall: (count: number) => string;
  ikmSampleNote: string;
  ikmMethod: string;
  ikmPublicationTitle: string;
  ikmPriorities: string;
  ikmPriority: string;
  ikmFollowUp: string;
  ikmFollowUpMissing: string;
  ikmSampleLine: (target: number, adequate: boolean, shortfall: number) => string;
  ikmTexts: string;
  ikmTextsShown: (shown: number, total: number) => string;
  ikmNoTexts: string;
  ikmLowRatings: string;
}
