/**
 * UI strings of <masukan-ikm-report>, kept out of the main Translation registry so that the script-tag survey bundle
 * does not carry them. Element names and grade labels come from `core/ikm/`.
 */
export interface IkmReportStrings {
  title: string;
  loading: string;
  loadError: (url: string, reason: string) => string;
  dataError: string;
  period: string;
  allPeriods: string;
  years: string;
  semesters: string;
  quarters: string;
  months: string;
  semester: (n: number, year: string) => string;
  quarter: (n: number, year: string) => string;
  respondents: (n: number) => string;
  noData: string;
  incomplete: string;
  headline: string;
  niScale: string;
  grade: string;
  performance: string;
  elements: string;
  elementsCaption: string;
  code: string;
  element: string;
  count: string;
  countShort: string;
  sum: string;
  nrr: string;
  weighted: string;
  value: string;
  services: string;
  service: string;
  unknown: string;
  profile: string;
  gender: string;
  age: string;
  education: string;
  occupation: string;
  category: string;
  share: string;
  genders: Record<string, string>;
  occupations: Record<string, string>;
  ageUnit: string;
  sample: string;
  population: string;
  target: string;
  achieved: string;
  adequate: string;
  shortfall: (n: number) => string;
  sampleNote: string;
  download: string;
  print: string;
  method: string;
}

export const ikmReportStrings: Record<'id' | 'en', IkmReportStrings> = {
  id: {
    title: 'Indeks Kepuasan Masyarakat',
    loading: 'Memuat data survei…',
    loadError: (url, reason) => `Data survei dari ${url} tidak dapat dimuat: ${reason}`,
    dataError: 'Data survei tidak dapat diolah:',
    period: 'Periode',
    allPeriods: 'Semua periode',
    years: 'Tahun',
    semesters: 'Semester',
    quarters: 'Triwulan',
    months: 'Bulan',
    semester: (n, year) => `Semester ${n === 1 ? 'I' : 'II'} ${year}`,
    quarter: (n, year) => `Triwulan ${['I', 'II', 'III', 'IV'][n - 1]} ${year}`,
    respondents: n => `${n} responden`,
    noData: 'Belum ada jawaban survei untuk periode ini.',
    incomplete: 'Sebagian responden tidak menjawab semua unsur; nilai tiap unsur dihitung dari jawaban yang terisi.',
    headline: 'IKM unit pelayanan',
    niScale: 'Nilai indeks (skala 1–4)',
    grade: 'Mutu pelayanan',
    performance: 'Kinerja unit pelayanan',
    elements: 'Nilai per unsur pelayanan',
    elementsCaption: 'Nilai per unsur (NRR × 25, skala 25–100)',
    code: 'Kode',
    element: 'Unsur',
    count: 'Jumlah responden',
    countShort: 'Jumlah',
    sum: 'Jumlah nilai',
    nrr: 'NRR',
    weighted: 'NRR tertimbang',
    value: 'Nilai (×\u00a025)',
    services: 'IKM per jenis layanan',
    service: 'Jenis layanan',
    unknown: 'Tidak diisi',
    profile: 'Profil responden',
    gender: 'Jenis kelamin',
    age: 'Usia',
    education: 'Pendidikan',
    occupation: 'Pekerjaan',
    category: 'Kategori',
    share: 'Persentase',
    genders: { L: 'Laki-laki', P: 'Perempuan' },
    occupations: { SWASTA: 'Swasta', WIRAUSAHA: 'Wirausaha', LAINNYA: 'Lainnya' },
    ageUnit: 'tahun',
    sample: 'Kecukupan sampel',
    population: 'Populasi (pengguna layanan)',
    target: 'Target sampel (Krejcie–Morgan)',
    achieved: 'Responden diperoleh',
    adequate: 'Jumlah responden sudah memenuhi target.',
    shortfall: n => `Kurang ${n} responden dari target.`,
    sampleNote: 'Taraf kepercayaan 95%, batas kesalahan 5%.',
    download: 'Unduh data (CSV)',
    print: 'Cetak',
    method:
      'Dihitung menurut PermenPANRB 14/2017: IKM = 25 × rata-rata NRR sembilan unsur, bobot tepat 1/9, dibulatkan ke 2 desimal.',
  },
  en: {
    title: 'Community Satisfaction Index',
    loading: 'Loading survey data…',
    loadError: (url, reason) => `Could not load the survey data from ${url}: ${reason}`,
    dataError: 'The survey data could not be processed:',
    period: 'Period',
    allPeriods: 'All periods',
    years: 'Years',
    semesters: 'Half-years',
    quarters: 'Quarters',
    months: 'Months',
    semester: (n, year) => `H${n} ${year}`,
    quarter: (n, year) => `Q${n} ${year}`,
    respondents: n => `${n} ${n === 1 ? 'respondent' : 'respondents'}`,
    noData: 'No survey responses for this period yet.',
    incomplete: 'Some respondents skipped elements; each element is averaged over the answers it received.',
    headline: 'Service unit IKM',
    niScale: 'Index value (scale 1–4)',
    grade: 'Service quality grade',
    performance: 'Service unit performance',
    elements: 'Score per service element',
    elementsCaption: 'Score per element (NRR × 25, scale 25–100)',
    code: 'Code',
    element: 'Element',
    count: 'Respondents',
    countShort: 'Count',
    sum: 'Sum of scores',
    nrr: 'NRR',
    weighted: 'Weighted NRR',
    value: 'Score (×\u00a025)',
    services: 'IKM per service',
    service: 'Service',
    unknown: 'Not given',
    profile: 'Respondent profile',
    gender: 'Gender',
    age: 'Age',
    education: 'Education',
    occupation: 'Occupation',
    category: 'Category',
    share: 'Share',
    genders: { L: 'Male', P: 'Female' },
    occupations: {
      PNS: 'Civil servant',
      TNI: 'Military',
      POLRI: 'Police',
      SWASTA: 'Private sector',
      WIRAUSAHA: 'Self-employed',
      LAINNYA: 'Other',
    },
    ageUnit: 'years',
    sample: 'Sample adequacy',
    population: 'Population (service users)',
    target: 'Target sample (Krejcie–Morgan)',
    achieved: 'Respondents obtained',
    adequate: 'The number of respondents meets the target.',
    shortfall: n => `${n} respondents short of the target.`,
    sampleNote: '95% confidence level, 5% margin of error.',
    download: 'Download data (CSV)',
    print: 'Print',
    method:
      'Computed per PermenPANRB 14/2017: IKM = 25 × the mean NRR of the nine elements, exact 1/9 weight, rounded to 2 decimals.',
  },
};
