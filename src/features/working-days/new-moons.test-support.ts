// New moons from the mean lunation and the main periodic terms of the lunar and solar
// anomalies (the classical series, good to a few minutes in this century): enough to tell on
// which day in Hà Nội (UTC+7, the Vietnamese calendar's meridian) each lunar month begins.
// Used by the tests to check the shipped lunar holidays, not by the portal.
const rad = (degrees: number) => (degrees * Math.PI) / 180
const UNIX_EPOCH_JD = 2440587.5

/** Julian day (TT ≈ UT here) of the k-th new moon after the one of 6 January 2000. */
function newMoonJulianDay(k: number): number {
  const t = k / 1236.85
  const mean = 2451550.09766 + 29.530588861 * k + 0.00015437 * t * t
  const sun = rad(2.5534 + 29.1053567 * k)
  const moon = rad(201.5643 + 385.81693528 * k + 0.0107582 * t * t)
  const latitude = rad(160.7108 + 390.67050284 * k - 0.0016118 * t * t)
  const node = rad(124.7746 - 1.56375588 * k)
  const e = 1 - 0.002516 * t
  return mean
    - 0.4072 * Math.sin(moon) + 0.17241 * e * Math.sin(sun) + 0.01608 * Math.sin(2 * moon) + 0.01039 * Math.sin(2 * latitude)
    + 0.00739 * e * Math.sin(moon - sun) - 0.00514 * e * Math.sin(moon + sun) + 0.00208 * e * e * Math.sin(2 * sun)
    - 0.00111 * Math.sin(moon - 2 * latitude) - 0.00057 * Math.sin(moon + 2 * latitude) + 0.00056 * e * Math.sin(2 * moon + sun)
    - 0.00042 * Math.sin(3 * moon) + 0.00042 * e * Math.sin(sun + 2 * latitude) + 0.00038 * e * Math.sin(sun - 2 * latitude)
    - 0.00024 * e * Math.sin(2 * moon - sun) - 0.00017 * Math.sin(node)
}

/** The days (since 1970-01-01, Hà Nội time) on which new moons fall between two such days. */
export function newMoonDaysBetween(firstDay: number, lastDay: number): number[] {
  const days: number[] = []
  const k0 = Math.floor((firstDay + UNIX_EPOCH_JD - 2451550.09766) / 29.530588861) - 1
  for (let k = k0; ; k++) {
    const day = Math.floor(newMoonJulianDay(k) - UNIX_EPOCH_JD + 7 / 24)
    if (day > lastDay) return days
    if (day >= firstDay) days.push(day)
  }
}
