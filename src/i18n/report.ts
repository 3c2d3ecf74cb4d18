/** Terms the results reports share (`<masukan-ikm-report>`, `<masukan-konsultasi-report>`). */
export interface ReportTerms {
  $code: string;
  reportLoading: string;
  reportLoadError: (url: string, reason: string) => string;
  reportDataError: string;
  reportNoData: string;
  /** "3 jawaban tidak valid dilewati" */
  reportSkipped: (count: number) => string;
  reportSkippedWhy: string;
  reportRespondents: (count: number) => string;
  reportNotGiven: string;
  reportDownload: string;
  reportPrint: string;
  reportView: string;
  reportPeriod: string;
  reportAllPeriods: string;
  reportYears: string;
  reportSemesters: string;
  reportQuarters: string;
  reportMonths: string;
  reportSemester: (n: number, year: string) => string;
  reportQuarter: (n: number, year: string) => string;
  reportService: string;
  reportAllServices: string;
  reportCategory: string;
  reportCount: string;
  reportShare: string;
  reportDate: string;
  reportSearch: string;
  reportPrevious: string;
  reportNext: string;
  reportPageOf: (page: number, total: number) => string;
  /** Shown where a view needs individual responses but `src` gave totals only. */
  reportNeedsResponses: string;
}
