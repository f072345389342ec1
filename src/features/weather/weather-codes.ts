// WMO weather interpretation codes (as used by Open-Meteo) in the words a Vietnamese reader uses.
const DESCRIPTIONS: Record<number, string> = {
  0: 'Trời quang',
  1: 'Ít mây',
  2: 'Có mây',
  3: 'Nhiều mây, u ám',
  45: 'Sương mù',
  48: 'Sương mù đóng băng',
  51: 'Mưa phùn nhẹ',
  53: 'Mưa phùn',
  55: 'Mưa phùn dày',
  56: 'Mưa phùn lạnh nhẹ',
  57: 'Mưa phùn lạnh',
  61: 'Mưa nhỏ',
  63: 'Mưa vừa',
  65: 'Mưa to',
  66: 'Mưa lạnh nhẹ',
  67: 'Mưa lạnh',
  71: 'Tuyết rơi nhẹ',
  73: 'Tuyết rơi',
  75: 'Tuyết rơi dày',
  77: 'Mưa tuyết hạt',
  80: 'Mưa rào nhẹ',
  81: 'Mưa rào',
  82: 'Mưa rào rất to',
  85: 'Mưa tuyết nhẹ',
  86: 'Mưa tuyết',
  95: 'Dông',
  96: 'Dông kèm mưa đá nhẹ',
  99: 'Dông kèm mưa đá',
}

export function describeWeather(code: number): string {
  return DESCRIPTIONS[code] ?? 'Không xác định'
}
