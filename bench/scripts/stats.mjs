/** Median, min and max of the finite values, and the values themselves (sorted); null when none. */
export function summary(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (!v.length) return null
  return { median: median(v), min: v[0], max: v[v.length - 1], runs: v.length, values: v }
}

function median(sorted) {
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * 95 % bootstrap interval of median(after) ÷ median(before): both samples resampled with replacement, 2,000
 * times, from a fixed seed so the same results always give the same interval. An interval above 1 says
 * `after` is slower beyond what the runs' own spread explains; one that holds 1 says the runs cannot tell.
 */
export function medianRatioInterval(before, after, rounds = 2000) {
  if (!before?.length || !after?.length) return undefined
  let seed = 0x9e3779b9
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const resampledMedian = (list) => median(Array.from(list, () => list[Math.floor(random() * list.length)]).sort((a, b) => a - b))
  const ratios = []
  for (let i = 0; i < rounds; i++) {
    const base = resampledMedian(before)
    if (base > 0) ratios.push(resampledMedian(after) / base)
  }
  if (!ratios.length) return undefined
  ratios.sort((a, b) => a - b)
  return { low: ratios[Math.floor(ratios.length * 0.025)], high: ratios[Math.ceil(ratios.length * 0.975) - 1] }
}
