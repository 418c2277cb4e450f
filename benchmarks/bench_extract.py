"""How much of the curated figures `ucj-data extract` recovers, on the seeds and the test
articles (a measure of quality, not of time).

    .venv/bin/python benchmarks/bench_extract.py

For each curated figure (data/raw/figures.csv; the hand-labelled rows of
tests/unit/text/articles/), the drafted row at the same place in the text (its value
inside the curated quote's value) is looked for: *found* when it has the same parsed
value, *right* when its indicator, region and period are also the curated ones. Also
checked: every drafted quote is verbatim in its text, and the drafted rows with an
indicator, appended to a copy of the project, pass `ucj-data check`.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ucj_data  # noqa: E402
from ucj_data.io.drafts import COLUMNS  # noqa: E402


def position(text: str, quote: str, value_text: str) -> tuple[int, int] | None:
    at = text.find(quote)
    if at < 0:
        return None
    inner = quote.find(value_text)
    start = at + inner
    return start, start + len(value_text)


def compare(text: str, curated: pd.DataFrame, drafted: pd.DataFrame) -> dict:
    drafts = []
    for _, d in drafted.iterrows():
        drafts.append((position(text, d["quote"], d["value_text"]), d))
    found = right = 0
    misses = []
    for _, c in curated.iterrows():
        where = position(text, c["quote"], c["value_text"])
        match = next((d for span, d in drafts if span and where
                      and span[0] < where[1] and where[0] < span[1]), None)
        same_value = (match is not None and ucj_data.parse_number(match["value_text"]).value
                      == ucj_data.parse_number(c["value_text"]).value)
        if not same_value:
            misses.append(f"  not found: {c['figure_id']} {c['value_text']!r}")
            continue
        found += 1
        fields = ("indicator", "region_code", "period")
        wrong = [f"{f} {match[f]!r} (curated {c[f]!r})" for f in fields
                 if str(match[f]) != str(c[f])]
        if wrong:
            misses.append(f"  {c['figure_id']}: " + ", ".join(wrong))
        else:
            right += 1
    verbatim = all(q in text for q in drafted["quote"])
    return {"curated": len(curated), "found": found, "right": right,
            "drafted": len(drafted), "with_indicator": int(drafted["indicator"].notna().sum()),
            "verbatim": verbatim, "misses": misses}


def report(name: str, results: list[dict]) -> None:
    n = sum(r["curated"] for r in results)
    found = sum(r["found"] for r in results)
    right = sum(r["right"] for r in results)
    verbatim = all(r["verbatim"] for r in results)
    print(f"{name}: {n} curated figures; found with the right value {found}/{n} "
          f"({found / n:.0%}); right indicator, region and period {right}/{n} "
          f"({right / n:.0%}); drafted {sum(r['drafted'] for r in results)} rows, "
          f"{sum(r['with_indicator'] for r in results)} with an indicator; every quote "
          f"verbatim: {verbatim}")
    for r in results:
        for line in r["misses"]:
            print(line)


def seeds() -> list[dict]:
    tables = ucj_data.load()
    results, drafts = [], []
    for _, s in tables.sources.iterrows():
        text = tables.seeds[s["file"]]
        drafted = ucj_data.extract(text, source_id=s["source_id"], regions=tables.regions,
                                   published=s["published"], event_date=s["event_date"],
                                   exclusions=tables.exclusions, file=s["file"])
        curated = tables.figures[tables.figures["source_id"] == s["source_id"]]
        results.append(compare(text, curated, drafted))
        drafts.append(drafted)
    report("seeds", results)
    appended_passes_check(pd.concat(drafts))


def appended_passes_check(drafted: pd.DataFrame) -> None:
    """Append the drafted rows with an indicator (ids made unique) to a copy of the project
    whose curated figures are removed, and run check."""
    from ucj_data.pipeline import check

    with tempfile.TemporaryDirectory() as tmp:
        for part in ("data/raw", "seeds"):
            shutil.copytree(ROOT / part, Path(tmp) / part)
        keep = drafted[drafted["indicator"].notna()].copy()
        keep["figure_id"] = "draft-" + keep["figure_id"]
        keep[COLUMNS].to_csv(Path(tmp) / "data/raw/figures.csv", index=False,
                             lineterminator="\n")
        try:
            check(tmp)
        except ucj_data.RawDataError as err:
            print(f"appended drafts fail check:\n{err}")
        else:
            print(f"the {len(keep)} drafted rows with an indicator pass check")


def articles() -> None:
    sys.path.insert(0, str(ROOT / "tests" / "unit" / "text"))
    from articles import ARTICLES, EXCLUSIONS, REGIONS  # hand-labelled articles

    results = []
    for article in ARTICLES:
        text = article.text()
        drafted = ucj_data.extract(text, source_id=article.source_id, regions=REGIONS,
                                   event_date=article.event_date,
                                   exclusions=EXCLUSIONS)
        curated = pd.DataFrame(article.expected)
        results.append(compare(text, curated, drafted))
    report("test articles", results)


if __name__ == "__main__":
    seeds()
    articles()
