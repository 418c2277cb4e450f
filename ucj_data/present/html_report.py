"""The HTML report: build the tables, execute every notebook in each language, write
reports/.

``reports/<lang>/`` holds one page per notebook in that language (charts embedded, each
with its alt text, and written as PNG files) and an index with each region's headline
numbers, the pages with thumbnails of their charts and the tables to download
(``reports/data/``, a copy of data/processed/). ``reports/index.html`` lets a reader choose
the language; ``reports/report.css`` styles every page. Nothing is loaded from outside the
folder (see :mod:`ucj_data.present.pages`). A notebook runs once per language, with its
``LANG`` parameter and Markdown text set by :mod:`ucj_data.present.notebook_language`.
The notebooks run one after another in a few kernels (``jobs``, default 2: one per
language), because starting a kernel and importing the stack cost more than most notebooks
take; the kernels run in parallel (:func:`kernel_groups`).

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

import contextlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import NamedTuple

from ucj_data.io.raw import ENV_VAR, DataRoot, cannot_read, locate
from ucj_data.present.notebook_language import (
    INJECTED_TAG,
    language_of,
    parameters_cell,
    takes_region,
    translated,
    with_region,
)
from ucj_data.present.pages import (
    STYLESHEET,
    Page,
    cells_html,
    choose_language,
    language_index,
    notebook_page,
    supported,
)
from ucj_data.text.locales import LANGS
from ucj_data.validate.problems import SetupError

# nbformat validates notebooks with jsonschema, which imports rfc3987_syntax when it is
# installed (jupyter-events requires it), and that module builds some 35 Lark parsers on
# import: about 1 s of every process that reads a notebook, for the 'iri' format that no
# notebook schema uses (jsonschema issue 1428). Marked absent, jsonschema skips that format.
# tests/plugin.py does the same for pytest, whose nbval plugin imports nbformat.
sys.modules.setdefault("rfc3987_syntax", None)

ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
# what the report imports (module -> distribution), all in the extra ucj-data[report]
REPORT_MODULES = {"nbformat": "nbformat", "nbclient": "nbclient", "nbconvert": "nbconvert",
                  "bs4": "beautifulsoup4", "ipykernel": "ipykernel",
                  "matplotlib": "matplotlib", "openpyxl": "openpyxl"}


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


def _cell_label(nb, index: int) -> str:
    """'code cell N (first line)', N counting the notebook's own code cells."""
    cells = [c for c in nb.cells if c.cell_type == "code"]
    index -= sum(INJECTED_TAG in c.get("metadata", {}).get("tags", []) for c in cells[:index])
    cells = [c for c in cells if INJECTED_TAG not in c.get("metadata", {}).get("tags", [])]
    first = cells[index].source.strip().splitlines()[0] if cells[index].source.strip() else ""
    return f"code cell {index + 1} ({first[:60]!r})"


# Run before each notebook that shares a kernel with the one before: the names a notebook
# defined and the figures it left open go, and the cells count from 1 again (the counts
# saved with --update-notebooks); the imported modules (and the tables ucj_data keeps for
# the data folder) stay, which is what makes a shared kernel cheap.
FRESH_NAMESPACE = ('get_ipython().run_line_magic("reset", "-f")\n'
                   'import matplotlib.pyplot as _plt\n_plt.close("all")\ndel _plt\n'
                   'get_ipython().execution_count = 1')


class Run(NamedTuple):
    """One execution of a notebook: in one language, and for a notebook about one region
    (its parameters cell sets REGION), for that region (``region``: its code, ``label``:
    its name, for the page's title)."""

    path: Path
    lang: str
    region: str | None = None
    label: str | None = None

    @property
    def page_name(self) -> str:
        """The page's file name without .html: the notebook's, and the region's code."""
        return self.path.stem if self.region is None else f"{self.path.stem}-{self.region}"


def execute(runs: list[Run], show_code: bool = False, timeout: int = 600,
            write_back: frozenset[Run] = frozenset()) -> list[tuple[Page, float]]:
    """Execute each notebook of ``runs`` (:class:`Run`: path, language, region), one after
    another in one kernel, and render each for readers: a list of (page, seconds), in order.

    Starting a kernel and importing pandas, matplotlib and ucj_data cost about 2 s, more
    than most notebooks take to run, so the notebooks share them (and the tables ucj_data
    keeps for the data folder); each notebook starts with an empty namespace and no open
    figure (:data:`FRESH_NAMESPACE`), so it sees nothing another notebook defined.
    ``write_back``: the runs to save as executed (only sensible in a notebook's own
    language). The kernel inherits this process's environment: :func:`report` sets
    UCJ_DATA_ROOT in the processes that call this, so the kernel reads the report's data
    folder."""
    import nbformat
    from nbclient import NotebookClient

    start = time.perf_counter()
    runs = [Run(*run) for run in runs]
    notebooks = [(run, _prepared(run)) for run in runs]
    client = NotebookClient(notebooks[0][1], timeout=timeout, kernel_name="python3",
                            record_timing=False,
                            resources={"metadata": {"path": str(runs[0][0].parent)}})
    done = []
    try:
        # the kernel's stderr holds only its start-up warning (TCP without encryption);
        # errors in cells reach the cell outputs
        with client.setup_kernel(stderr=subprocess.DEVNULL):
            info = client.wait_for_reply(client.kc.kernel_info())["content"]
            for n, (run, nb) in enumerate(notebooks):
                if n:
                    client.execute_cell(nbformat.v4.new_code_cell(FRESH_NAMESPACE), 0,
                                        store_history=False)
                _run_cells(client, run, nb)
                nb.metadata["language_info"] = info["language_info"]
                if run in write_back:
                    _save(nb, run)
                done.append((_page(run, nb, show_code), time.perf_counter() - start))
                start = time.perf_counter()
    except NotebookError:
        raise
    except Exception as err:  # the kernel did not start, a timeout, ...
        text = " ".join(plain(str(err)).split())
        name = runs[min(len(done), len(runs) - 1)].path.name
        raise NotebookError(f"{name}: {type(err).__name__}: {text}") from None
    return done


def _prepared(run: Run):
    """The run's notebook in its language, for its region."""
    nb = translated(read_notebook(run.path), run.lang)
    return nb if run.region is None else with_region(nb, run.region)


def _run_cells(client, run: Run, nb) -> None:
    """Run every cell of ``nb`` in the client's kernel; NotebookError naming the cell."""
    from nbclient.exceptions import CellExecutionError

    client.nb = nb
    client.reset_execution_trackers()  # each notebook counts its cells from 1
    try:
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index, execution_count=client.code_cells_executed + 1)
    except CellExecutionError as err:
        code_cells = [c for c in nb.cells if c.cell_type == "code"]
        failed = next((i for i, c in enumerate(code_cells)
                       if any(o.get("output_type") == "error" for o in c.get("outputs", []))),
                      None)
        where = _cell_label(nb, failed) if failed is not None else "a cell"
        text = plain(str(err)).strip()
        last = text.splitlines()[-1] if text else ""
        region = f", region {run.region}" if run.region is not None else ""
        raise NotebookError(f"{run.path.name} ({run.lang}{region}): {where} failed: {last}"
                            ) from None


def _save(nb, run: Run) -> None:
    """Save the executed notebook as the committed one: its parameters cell as written
    (the region a report run set is not kept)."""
    import nbformat

    path = run.path
    cell = parameters_cell(nb)
    if run.region is not None and cell is not None:
        cell.source = parameters_cell(read_notebook(path)).source
    try:
        nbformat.write(nb, path)
    except OSError as err:
        raise SetupError(f"cannot save the executed notebook {path} "
                         f"({err.strerror or type(err).__name__}); make it writable "
                         "or run without --update-notebooks") from None


def _page(run: Run, nb, show_code: bool) -> Page:
    body, charts = cells_html(nb, show_code=show_code, lang=run.lang)
    title = next((re.sub(r"^#+\s*", "", c.source.splitlines()[0]) for c in nb.cells
                  if c.cell_type == "markdown" and c.source.startswith("#")), run.path.stem)
    if run.region is not None:
        title = f"{title}: {run.label or run.region}"
    return Page(run.page_name, run.lang, title, body, charts)


def kernel_groups(paths: list[Path], langs, jobs: int,
                  regions: dict[Path, list[tuple[str, str]]] | None = None
                  ) -> list[list[Run]]:
    """The runs each kernel makes: every notebook in every language, in that order, a
    notebook about one region once for each of its ``regions`` ((code, name) pairs), cut
    into ``jobs`` runs of consecutive ones (fewer when there are fewer runs). With as many
    jobs as languages, each language has its kernel."""
    regions = regions or {}
    runs = [Run(path, lang, code, name) for lang in langs for path in paths
            for code, name in regions.get(path, [(None, None)])]
    kernels = max(1, min(jobs, len(runs)))
    size, extra = divmod(len(runs), kernels)
    groups, start = [], 0
    for k in range(kernels):
        end = start + size + (k < extra)
        groups.append(runs[start:end])
        start = end
    return groups


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50] or "chart"


def report(root: DataRoot | Path | str | None = None, out: Path | str | None = None,
           jobs: int = 2, write_back: bool = False, langs=LANGS, show_code: bool = False,
           log=print, regions: list[str] | None = None) -> Path:
    """Build the tables, execute ``notebooks/*.ipynb`` once per language in ``langs``
    ('id', 'en'; default both) and write the HTML report.

    ``root``: the data folder; None finds it (UCJ_DATA_ROOT, the checkout, the packaged
    data); every kernel reads its data from it. ``show_code``: include the code cells.
    ``write_back``: save each notebook as executed in its own language (its ``LANG``
    parameter; a notebook without one is saved from its first language run; a notebook
    about one region from its run for the region it chooses by default). A notebook whose
    parameters cell sets ``REGION`` runs once for each region with a profile
    (:func:`ucj_data.present.profile.profile_regions`), or for each code of ``regions``
    (SetupError naming the known codes for one that is not in the regions table). Raises
    :class:`NotebookError` naming the notebook and cell when one fails, and
    :class:`SetupError` when notebooks/ is missing, the report's packages are not
    installed or the report cannot be written.
    """
    from ucj_data.pipeline import build

    langs = supported(langs)
    require_report_packages()
    where = locate(root)
    root = where.path
    out = Path(out) if out is not None else root / "reports"
    t0 = time.perf_counter()
    paths = notebook_paths(root / "notebooks", where)
    own, about_region = _checked_notebooks(paths, langs)
    build(where)
    log(f"[build] data/processed/ written ({time.perf_counter() - t0:.1f} s)")
    chosen = profiled(where, regions) if about_region else []
    groups = kernel_groups(paths, langs, jobs, {p: chosen for p in about_region})
    saved = _Saved(write_back, own, _default_region(where))
    done = _executed(groups, root, show_code, saved, log)
    runs = [run for group in groups for run in group]
    pages = {lang: [done[(run.page_name, lang)] for run in runs if run.lang == lang]
             for lang in langs}
    return _written(out, pages, where, log, t0)


def _checked_notebooks(paths: list[Path], langs) -> tuple[dict[Path, str], list[Path]]:
    """Each notebook's own language (its ``LANG`` parameter, else the first of ``langs``)
    and the notebooks about one region; a broken file fails here, before the build and any
    kernel."""
    own: dict[Path, str] = {}
    about_region: list[Path] = []
    for path in paths:
        check_notebook(path)
        nb = read_notebook(path)
        own[path] = language_of(nb) or langs[0]
        if takes_region(nb):
            about_region.append(path)
    return own, about_region


class _Saved(NamedTuple):
    """Which runs a report saves as executed: none unless ``write_back``; else each
    notebook's run in its ``own`` language, for a notebook about one region its run for
    the region it chooses by ``default``."""

    write_back: bool
    own: dict[Path, str]
    default: str | None

    def of(self, group: list[Run]) -> frozenset[Run]:
        """The runs of ``group`` to save."""
        return frozenset(run for run in group if self.write_back
                         and self.own[run.path] == run.lang
                         and run.region in (None, self.default))


def _executed(groups: list[list[Run]], root: Path, show_code: bool, saved: _Saved,
              log) -> dict[tuple[str, str], Page]:
    """Execute each group of runs in a kernel of its own, in parallel, logging each page
    as it is done: the pages by (name, language)."""
    total = sum(len(group) for group in groups)
    done: dict[tuple[str, str], Page] = {}
    # each worker, and so each kernel it starts, reads this data folder (UCJ_DATA_ROOT)
    with ProcessPoolExecutor(max_workers=len(groups), initializer=use_data_folder,
                             initargs=(str(root),)) as pool, _stopped_on_interrupt(pool):
        futures = {pool.submit(execute, group, show_code, write_back=saved.of(group)): group
                   for group in groups}
        for future in as_completed(futures):
            for page, seconds in _result(future, futures[future]):
                done[(page.name, page.lang)] = page
                log(f"[{len(done)}/{total}] {page.name} ({page.lang}) executed "
                    f"({seconds:.1f} s)")
    return done


def _result(future, group: list[Run]) -> list[tuple[Page, float]]:
    """The pages a worker executed (re-raising its NotebookError with its message), or a
    NotebookError naming the notebooks of a worker that died."""
    try:
        return future.result()
    except BrokenProcessPool:
        names = ", ".join(dict.fromkeys(run.path.name for run in group))
        raise NotebookError(
            f"{names}: the process running it died (out of memory, "
            "or killed); run the report again with --jobs 1") from None


def _written(out: Path, pages: dict[str, list[Page]], where: DataRoot, log,
             t0: float) -> Path:
    """:func:`write_report`, with a SetupError saying what to do where it cannot write."""
    try:
        return write_report(out, pages, where, log, t0)
    except OSError as err:
        raise SetupError(
            f"cannot write the report in {out.absolute()} "
            f"({err.strerror or type(err).__name__}: {err.filename}); make the folder "
            "writable (or remove the file standing in its place) and try again") from None


@contextlib.contextmanager
def _stopped_on_interrupt(pool: ProcessPoolExecutor):
    """Stop the pool's workers (and so the kernels they run) when the report is interrupted
    or fails: left alone they would finish their notebooks, or start new kernels, after the
    report has ended. A worker stops on SIGTERM like the program (a forked worker shares
    its handlers: ucj_data.cli.Terminated), shutting its kernel down on the way out."""
    try:
        yield
    except BaseException:
        # the executor keeps its worker processes in a private mapping; there is no public
        # way to stop work already running
        for process in list(getattr(pool, "_processes", {}).values()):
            with contextlib.suppress(OSError, ValueError):
                process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise


def profiled(where: DataRoot, regions: list[str] | None = None) -> list[tuple[str, str]]:
    """The (code, name) of each region the profile is made for: every region with a
    profile, or the codes ``regions`` (SetupError for a code not in the regions table)."""
    from ucj_data.present.profile import profile_regions, workspace

    ws = workspace(where.path)  # the one the profile notebooks' defaults also read
    codes = profile_regions(where.path) if not regions else list(dict.fromkeys(regions))
    known = set(ws.table("regions")["region_code"])
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise SetupError(
            f"--region {unknown[0]}: no such code in {where.path / 'data' / 'raw'}"
            f"/regions.csv; codes with a profile: "
            f"{', '.join(profile_regions(where.path)) or 'none'}")
    return [(c, ws.name(c)) for c in codes]


def _default_region(where: DataRoot) -> str | None:
    """The region a profile notebook chooses with REGION = None (the one saved back)."""
    from ucj_data.present.profile import profile_regions

    codes = profile_regions(where.path)
    return codes[0] if codes else None


def use_data_folder(root: str) -> None:
    """Set UCJ_DATA_ROOT to ``root`` in this process (a report's worker), so that the
    kernels it starts, which inherit its environment, read the report's data folder.

    The worker's standard error goes to /dev/null: what goes wrong in a worker reaches the
    report as the exception of its future (a NotebookError naming the cell), and a worker
    stopped with the report would only add asyncio's noise about the kernel it shut down."""
    os.environ[ENV_VAR] = root
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)


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


def write_report(out: Path, pages: dict[str, list[Page]], where: DataRoot, log,
                 t0: float) -> Path:
    """Write the pages, charts, indexes, stylesheet, a copy of data/processed/ and its
    workbooks to ``out``, replacing it whole or not at all (a report interrupted at any
    moment leaves the old one, complete: :func:`ucj_data.io.datapackage.replace_folder`);
    the languages not made this time are carried over from the old one."""
    from ucj_data.io.datapackage import replace_folder

    out = Path(out)
    built = [lang for lang in LANGS if lang in pages or (out / lang / "index.html").exists()]

    def fill(new: Path) -> None:
        for lang in built:
            if lang not in pages:  # a language not made this time is kept as it was
                shutil.copytree(out / lang, new / lang)
        _write_pages(new, pages, where, built)

    replace_folder(out, fill)
    log(f"[report] {out / 'index.html'} ({time.perf_counter() - t0:.1f} s in all)")
    return out / "index.html"


def _write_pages(out: Path, pages: dict[str, list[Page]], where: DataRoot,
                 built: list[str]) -> None:
    """Write the report's files for the languages of ``pages`` into the new folder ``out``
    (``built``: every language the report will have, for the links between them)."""
    from importlib.resources import files

    import ucj_data
    from ucj_data.io.published import processed
    from ucj_data.present.headlines import latest_date, region_cards
    from ucj_data.present.workbook import write_workbook

    version = ucj_data.__version__
    (out / STYLESHEET).write_bytes(files("ucj_data.present").joinpath(STYLESHEET)
                                   .read_bytes())
    data = out / "data"
    shutil.copytree(where.path / "data" / "processed", data)
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    tables = [r["name"] for r in package["resources"]]
    # the tables just built, read back (no second pass over data/raw/)
    frames = {name: processed(name, where.path) for name in tables}
    employed = ucj_data.coverage(frames["figures"], frames["reconciled"],
                                 frames["statistics"], regions=frames["regions"],
                                 denominator="employed")
    cards = region_cards(frames["coverage"], frames["claim_benefits"],
                         frames["budget_cases"], employed, frames["coverage_history"])
    latest = latest_date(frames["sources"])
    for lang in built:  # the downloads' workbook in each language the report has
        write_workbook(frames, data / f"ucj-data-{lang}.xlsx", lang, version)
    for lang, ordered in pages.items():
        folder = out / lang
        folder.mkdir()
        others = [o for o in built if o != lang]
        files_of: dict[str, list[str]] = {}
        for i, page in enumerate(ordered):
            (folder / f"{page.name}.html").write_text(
                notebook_page(ordered, i, others, version), encoding="utf-8")
            (folder / page.name).mkdir()
            files_of[page.name] = []
            for n, chart in enumerate(page.charts, 1):
                rel = f"{page.name}/{n:02d}-{_slug(chart.caption or chart.alt)}.png"
                (folder / rel).write_bytes(chart.png)
                files_of[page.name].append(rel)
        (folder / "index.html").write_text(
            language_index(ordered, lang, cards, latest, tables, files_of, others, version),
            encoding="utf-8")
    (out / "index.html").write_text(choose_language(built), encoding="utf-8")
