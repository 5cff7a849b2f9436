/** Mean over labels of per-label F1, the Teddy Cup's score; labels seen in either list count. */
export function macroF1(expected: readonly string[], predicted: readonly string[]): number {
  const labels = [...new Set([...expected, ...predicted])];
  let sum = 0;
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    expected.forEach((e, i) => {
      const p = predicted[i];
      if (p === label && e === label) tp++;
      else if (p === label) fp++;
      else if (e === label) fn++;
    });
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return labels.length ? sum / labels.length : 0;
}
