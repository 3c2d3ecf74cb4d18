/** Terms of the consultation results CSV (`konsultasiCsv`) and of `<masukan-konsultasi-report>`. */
export interface KonsultasiTerms {
  $code: string;
  konsultasiCsvSeparator: string;
  konsultasiCsvDecimal: string;
  konsultasiTitle: string;
  konsultasiTopic: string;
  konsultasiDate: string;
  konsultasiPlace: string;
  konsultasiParticipants: string;
  konsultasiByCategory: string;
  konsultasiCategoryCode: string;
  konsultasiResults: string;
  konsultasiComponent: string;
  konsultasiComponentCode: string;
  konsultasiAgree: string;
  konsultasiChange: string;
  konsultasiAnswered: string;
  konsultasiProposals: string;
  konsultasiProposal: string;
  konsultasiNoProposals: string;
  konsultasiComments: string;
  konsultasiComment: string;
  konsultasiNoComments: string;
  konsultasiNoData: string;
  konsultasiNote: string;
}
