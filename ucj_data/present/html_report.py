"""The HTML report: build the tables, execute every notebook, write reports/.

``reports/index.html`` links one HTML page per notebook (charts embedded, each with alt
text) and lists the charts, which are also written as PNG files. Notebooks run in
parallel, one kernel per notebook, because kernel start-up dominates their run time.

A notebook that fails, or a file in notebooks/ that is not a notebook, raises
:class:`NotebookError` naming it (and the cell); a missing notebooks/ folder or a
reports/ folder that cannot be written raises :class:`SetupError`. Messages are plain
text: the colour codes of IPython's tracebacks are removed.

The notebooks read their data through ucj_data's functions with no ``root``, so each
kernel is started with ``UCJ_DATA_ROOT`` set to the data folder of the report: a report
of ``--root DIR`` shows DIR's data. The report needs the extra ``ucj-data[report]``
(Jupyter, nbconvert, BeautifulSoup, matplotlib); without it :func:`report` raises
SetupError saying so, before any work.
"""

from __future__ import annotations

import base64
import html
import importlib.util
import json
import os
import re
import subprocess
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from ucj_data.io.raw import ENV_VAR, DataRoot, cannot_read, locate
from ucj_data.validate.problems import SetupError

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
# what the report imports (module -> distribution), all in the extra ucj-data[report]
REPORT_MODULES = {"nbformat": "nbformat", "nbclient": "nbclient", "nbconvert": "nbconvert",
                  "bs4": "beautifulsoup4", "ipykernel": "ipykernel",
                  "matplotlib": "matplotlib"}


def require_report_packages() -> None:
    """SetupError naming the missing packages unless the report's extra is installed."""
    missing = [dist for module, dist in REPORT_MODULES.items()
               if importlib.util.find_spec(module) is None]
    if missing:
        raise SetupError(f"the report needs {', '.join(missing)}, not installed; install "
                         'the extra: pip install "ucj-data[report]"')


class NotebookError(RuntimeError):
    """A notebook failed; the message names the notebook and the cell."""


def plain(text: str) -> str:
    """``text`` without terminal colour codes (IPython colours its tracebacks)."""
    return ANSI.sub("", text)


def _not_a_notebook(path: Path, reason: str) -> NotebookError:
    return NotebookError(f"{path} is not a Jupyter notebook ({reason}); restore it from git "
                         f"or remove it from {path.parent}")


def check_notebook(path: Path) -> None:
    """NotebookError naming ``path`` unless it holds a notebook's JSON (a quick check, to
    fail before the build; :func:`read_notebook` checks the rest)."""
    try:
        data = json.loads(path.read_bytes())
    except OSError as err:
        raise cannot_read(path, err) from None
    except ValueError as err:  # not JSON, not UTF-8
        raise _not_a_notebook(path, f"not valid JSON: {plain(str(err))[:200]}") from None
    if not (isinstance(data, dict) and isinstance(data.get("cells"), list)
            and isinstance(data.get("nbformat"), int)):
        raise _not_a_notebook(path, "JSON, but without the notebook's 'cells' and 'nbformat'")


def read_notebook(path: Path):
    """The notebook in ``path``; NotebookError naming it if it is not a notebook."""
    import nbformat

    try:
        return nbformat.read(path, as_version=4)
    except OSError as err:
        raise cannot_read(path, err) from None
    except Exception as err:  # not JSON, not UTF-8, JSON but not a notebook, ...
        text = plain(str(err)).strip()
        reason = text.splitlines()[0][:200] if text else ""
        raise _not_a_notebook(path, f"{type(err).__name__}: {reason}") from None


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
    """Execute one notebook in a fresh kernel and render it to HTML.

    The kernel inherits this process's environment: :func:`report` sets UCJ_DATA_ROOT in
    the processes that call this, so the kernel reads the report's data folder."""
    import nbformat
    from bs4 import BeautifulSoup
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from nbconvert import HTMLExporter

    start = time.perf_counter()
    nb = read_notebook(path)
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
        text = plain(str(err)).strip()
        last = text.splitlines()[-1] if text else ""
        raise NotebookError(f"{path.name}: {where} failed: {last}") from None
    except Exception as err:  # the kernel did not start, a timeout, ...
        text = " ".join(plain(str(err)).split())
        raise NotebookError(f"{path.name}: {type(err).__name__}: {text}") from None
    if write_back:
        try:
            nbformat.write(nb, path)
        except OSError as err:
            raise SetupError(f"cannot save the executed notebook {path} "
                             f"({err.strerror or type(err).__name__}); make it writable "
                             "or run without --update-notebooks") from None

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


def report(root: DataRoot | Path | str | None = None, out: Path | str | None = None,
           jobs: int = 2, write_back: bool = False, log=print) -> Path:
    """Build the tables, execute ``notebooks/*.ipynb`` and write the HTML report.

    ``root``: the data folder; None finds it (UCJ_DATA_ROOT, the checkout, the packaged
    data); every kernel reads its data from it. Raises :class:`NotebookError` naming the
    notebook and cell when one fails, and :class:`SetupError` when notebooks/ is missing,
    the report's packages are not installed or the report cannot be written.
    """
    from ucj_data.pipeline import build

    require_report_packages()
    where = locate(root)
    root = where.path
    out = Path(out) if out is not None else root / "reports"
    t0 = time.perf_counter()
    paths = notebook_paths(root / "notebooks", where)
    for path in paths:  # a broken file fails here, before the build and any kernel
        check_notebook(path)
    build(where)
    log(f"[build] data/processed/ written ({time.perf_counter() - t0:.1f} s)")
    done: dict[str, Executed] = {}
    # each worker, and so each kernel it starts, reads this data folder (UCJ_DATA_ROOT)
    with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(paths))),
                             initializer=use_data_folder, initargs=(str(root),)) as pool:
        futures = {pool.submit(execute, p, write_back=write_back): p for p in paths}
        for n, future in enumerate(as_completed(futures), 1):
            try:
                result = future.result()  # re-raises NotebookError with its message
            except BrokenProcessPool:
                raise NotebookError(
                    f"{futures[future].name}: the process running it died (out of memory, "
                    "or killed); run the report again with --jobs 1") from None
            done[result.name] = result
            log(f"[{n}/{len(paths)}] {result.name} executed ({result.seconds:.1f} s)")
    ordered = [done[p.stem] for p in paths]
    try:
        return write_report(out, ordered, log, t0)
    except OSError as err:
        raise SetupError(
            f"cannot write the report in {out.absolute()} "
            f"({err.strerror or type(err).__name__}: {err.filename}); make the folder "
            "writable (or remove the file standing in its place) and try again") from None


def use_data_folder(root: str) -> None:
    """Set UCJ_DATA_ROOT to ``root`` in this process (a report's worker), so that the
    kernels it starts, which inherit its environment, read the report's data folder."""
    os.environ[ENV_VAR] = root


def notebook_paths(folder: Path, where: DataRoot | None = None) -> list[Path]:
    """The notebooks the report runs: ``[0-9]*.ipynb`` in ``folder``, in name order.

    ``where``: the data folder ``folder`` belongs to, named in the message when missing."""
    where = where or DataRoot(Path(folder).absolute().parent, "from the folder given")
    try:
        if not folder.is_dir():
            found = "is not a folder" if folder.exists() else "does not exist"
            raise SetupError(
                f"{folder.absolute()} {found}: the report runs the notebooks in the data "
                f"folder's notebooks/; {where.looked_in(folder)}. Give --root the data "
                "folder (`ucj-data init DIR` makes one with the notebooks)")
        paths = sorted(folder.glob("[0-9]*.ipynb"))
    except OSError as err:
        raise cannot_read(folder, err) from None
    if not paths:
        raise NotebookError(f"no notebooks (named like 01_name.ipynb) in {folder.absolute()}")
    return paths


def write_report(out: Path, ordered: list[Executed], log, t0: float) -> Path:
    out.mkdir(parents=True, exist_ok=True)
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

