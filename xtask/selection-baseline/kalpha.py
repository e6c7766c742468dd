"""Krippendorff's alpha (interval) per competency with the `krippendorff` package, timed on the
same CSV `server scores` reads. Prints one JSON object: {competency: {"alpha": a, "ms": t}}."""
import csv
import json
import sys
import time

import krippendorff
import numpy as np

ROUNDS = 20

rows = list(csv.DictReader(open(sys.argv[1], newline="")))
raters = {r: i for i, r in enumerate(sorted({row["rater"] for row in rows}))}
candidates = {c: i for i, c in enumerate(sorted({row["candidate"] for row in rows}))}
out = {}
for competency in sorted({row["competency"] for row in rows}):
    # Rows are raters, columns candidates, NaN where a rater did not score (the package's layout).
    data = np.full((len(raters), len(candidates)), np.nan)
    for row in rows:
        if row["competency"] == competency:
            data[raters[row["rater"]], candidates[row["candidate"]]] = float(row["score"])
    krippendorff.alpha(reliability_data=data, level_of_measurement="interval")  # warm up
    started = time.perf_counter()
    for _ in range(ROUNDS):
        alpha = krippendorff.alpha(reliability_data=data, level_of_measurement="interval")
    out[competency] = {"alpha": alpha, "ms": (time.perf_counter() - started) * 1e3 / ROUNDS}
print(json.dumps(out))
