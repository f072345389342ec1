export const REPORTS_PATH = '/toa-soan/bao-cao'
export const XLSX_PATH = `${REPORTS_PATH}/bao-cao.xlsx`
export const csvPath = (table: string) => `${REPORTS_PATH}/${table}.csv`
export const POINTS_PATH = `${REPORTS_PATH}/diem`
export const ALIASES_PATH = `${REPORTS_PATH}/gop-ten`
export const ALIAS_DELETE_PATH = `${ALIASES_PATH}/xoa`
