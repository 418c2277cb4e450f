"""The HTML report: build the tables, execute every notebook, write reports/.

``reports/index.html`` links one HTML page per notebook (charts embedded, each with alt
text) and lists the charts, which are also written as PNG files. Notebooks run in
parallel, one kernel per notebook, because kernel start-up dominates their run time.
"""

from __future__ import annotations

import base64
import html
import re
import subprocess
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from ucj_data.io.raw import ROOT


class NotebookError(RuntimeError):
    """A notebook failed; the message names the notebook and the cell."""


@dataclass(frozen=True)
class Executed:
    name: str
    title: str
    html: str
    charts: list[tuple[str, bytes]]  # (alt text, PNG bytes)
    seconds: float


def _cell_label(nb, index: int) -> str:
    cells = [c for c in nb.cells if c.cell_type == "code"]
    first = cells[index].source.strip().splitlines()[0] if cells[index].source.strip() else ""
    return f"code cell {index + 1} ({first[:60]!r})"


def execute(path: Path, timeout: int = 600, write_back: bool = False) -> Executed:
    """Execute one notebook in a fresh kernel and render it to HTML."""
    import nbformat
    from bs4 import BeautifulSoup
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from nbconvert import HTMLExporter

    start = time.perf_counter()
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        # the kernel's stderr holds only its start-up warning (TCP without encryption);
        # errors in cells reach the cell outputs
        client.execute(stderr=subprocess.DEVNULL)
    except CellExecutionError as err:
        code_cells = [c for c in nb.cells if c.cell_type == "code"]
        failed = next((i for i, c in enumerate(code_cells)
                       if any(o.get("output_type") == "error" for o in c.get("outputs", []))),
                      None)
        where = _cell_label(nb, failed) if failed is not None else "a cell"
        last = str(err).strip().splitlines()[-1] if str(err).strip() else ""
        raise NotebookError(f"{path.name}: {where} failed: {last}") from None
    except Exception as err:  # the kernel did not start, a timeout, ...
        raise NotebookError(f"{path.name}: {type(err).__name__}: {err}") from None
    if write_back:
        nbformat.write(nb, path)

    charts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if "image/png" in out.get("data", {}):
                alt = out.get("metadata", {}).get("image/png", {}).get("alt", "")
                charts.append((alt, base64.b64decode(out["data"]["image/png"])))
    exporter = HTMLExporter(template_name="lab")
    body, _ = exporter.from_notebook_node(nb)
    # nbconvert writes a placeholder alt on every image; put each chart's own in its place
    soup = BeautifulSoup(body, features="html.parser")
    for img, (alt, _) in zip(soup.select("img[src^='data:image/png']"), charts, strict=False):
        if alt:
            img["alt"] = alt
    title = next((re.sub(r"^#+\s*", "", c.source.splitlines()[0]) for c in nb.cells
                  if c.cell_type == "markdown" and c.source.startswith("#")), path.stem)
    return Executed(path.stem, title, str(soup), charts, time.perf_counter() - start)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50] or "chart"


def index_page(done: list[Executed], charts: dict[str, list[str]]) -> str:
    items = []
    for nb in done:
        pngs = "".join(f'<li><a href="{html.escape(p)}">{html.escape(alt or p)}</a></li>'
                       for p, (alt, _) in zip(charts[nb.name], nb.charts, strict=True))
        items.append(f'<li><a href="{nb.name}.html">{html.escape(nb.title)}</a>'
                     f"<ul>{pngs}</ul></li>")
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<title>ucj-data report</title></head><body>\n"
            "<h1>Universal Coverage Jamsostek: ucj-data report</h1>\n"
            "<p>Each page is a notebook executed against the current data/processed/ tables; "
            "charts are listed below it as PNG files.</p>\n"
            f"<ol>{''.join(items)}</ol>\n</body></html>\n")


def report(root: Path | str = ROOT, out: Path | str | None = None, jobs: int = 2,
           write_back: bool = False, log=print) -> Path:
    """Build the tables, execute ``notebooks/*.ipynb`` and write the HTML report.

    Raises :class:`NotebookError` naming the notebook and cell when one fails.
    """
    from ucj_data.pipeline import build

    root = Path(root)
    out = Path(out) if out is not None else root / "reports"
    t0 = time.perf_counter()
    build(root)
    log(f"[build] data/processed/ written ({time.perf_counter() - t0:.1f} s)")
    paths = sorted((root / "notebooks").glob("[0-9]*.ipynb"))
    if not paths:
        raise NotebookError(f"no notebooks in {root / 'notebooks'}")
    done: dict[str, Executed] = {}
    with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(paths)))) as pool:
        futures = {pool.submit(execute, p, write_back=write_back): p for p in paths}
        for n, future in enumerate(as_completed(futures), 1):
            result = future.result()  # re-raises NotebookError with its message
            done[result.name] = result
            log(f"[{n}/{len(paths)}] {result.name} executed ({result.seconds:.1f} s)")
    out.mkdir(parents=True, exist_ok=True)
    ordered = [done[p.stem] for p in paths]
    chart_paths: dict[str, list[str]] = {}
    for nb in ordered:
        (out / f"{nb.name}.html").write_text(nb.html, encoding="utf-8")
        (out / nb.name).mkdir(exist_ok=True)
        chart_paths[nb.name] = []
        for i, (alt, png) in enumerate(nb.charts, 1):
            rel = f"{nb.name}/{i:02d}-{_slug(alt)}.png"
            (out / rel).write_bytes(png)
            chart_paths[nb.name].append(rel)
    (out / "index.html").write_text(index_page(ordered, chart_paths), encoding="utf-8")
    log(f"[report] {out / 'index.html'} ({time.perf_counter() - t0:.1f} s in all)")
    return out / "index.html"

