"""A researcher's own data folder: ``ucj-data init DIR``.

:func:`init_folder` copies the package's own inputs (``seeds/``, ``data/raw/``) and
notebooks into ``DIR`` and writes a short ``DIR/README.md``, so that
``ucj-data check|build|report --root DIR`` (or ``UCJ_DATA_ROOT=DIR``) works there;
``data/processed/`` and ``reports/`` are written there by ``build`` and ``report``.
The package's own data is the data installed with it, or the checkout it runs from.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from ucj_data.io.datapackage import package_version
from ucj_data.io.raw import ENV_VAR, package_data
from ucj_data.validate.problems import SetupError

PARTS = ("seeds", "data/raw", "notebooks")  # what init copies, in this order
SKIP = shutil.ignore_patterns(".*", "__pycache__", "*.pyc")  # checkpoints, caches


class FolderNotEmptyError(ValueError):
    """``init`` was given a folder that already holds something (or a file)."""


README = """\
# UCJ data folder

Made by `ucj-data init` (ucj-data {version}): your own copy of the inputs and notebooks
of ucj-data, to edit and rebuild.

| path | what |
|---|---|
| `seeds/` | source documents, verbatim (UTF-8 text, one file per document) |
| `data/raw/` | the hand-curated tables: sources, regions, figures (each with a quote), ... |
| `notebooks/` | the analyses, re-run by `ucj-data report` |
| `data/processed/` | written by `ucj-data build`: CSV + Parquet per table, `datapackage.json` |
| `reports/` | written by `ucj-data report` |

## What to edit

To add a source (your own region, say): save its text, unchanged, as `seeds/<name>.txt`;
add a row to `data/raw/sources.csv`; add the region to `data/raw/regions.csv` if it is
new (BPS code as text); add one row per figure to `data/raw/figures.csv`, with
`value_text` exactly as written and a `quote` copied verbatim from the seed. Never
correct a figure: flag it (`flag`, `note`). The full rules are in ucj-data's docs/guide.md
("Adding a source and its figures").

## Commands

Here `DIR` is this folder ({path}):

```sh
ucj-data check --root DIR     # validate data/raw/ and every derived table; writes nothing
ucj-data build --root DIR     # write data/processed/
ucj-data report --root DIR    # build, run the notebooks, write reports/index.html
                              # (needs the extra: pip install "ucj-data[report]")
ucj-data report --root DIR --region 51    # ... with the region profile of 51 only
ucj-data lab --root DIR       # the notebooks in JupyterLab, on this folder's data
ucj-data export --root DIR --xlsx ucj.xlsx   # every table in one Excel workbook
```

or set `{env}=DIR` once and leave out `--root`. In Python the same variable makes
every function read this folder (`ucj_data.coverage()`, ...); a table read from it can
also be passed on: `ucj_data.coverage(ucj_data.figures(root="DIR"))`, and
`ucj_data.processed("coverage", root="DIR")` reads a built table back.
"""


def is_empty_folder(path: Path) -> bool:
    return path.is_dir() and next(path.iterdir(), None) is None


def init_folder(dest: Path | str, source: Path | None = None) -> Path:
    """Create the data folder ``dest``: ``seeds/``, ``data/raw/`` and ``notebooks/``
    copied from ``source`` (default: the package's own data), and ``README.md``.

    ``dest`` may be missing (it is created) or an empty folder; anything else raises
    :class:`FolderNotEmptyError`, and nothing is touched. The folder is made beside
    ``dest`` and renamed into place when complete, so a copy that fails (the disk,
    permissions: SetupError) or is interrupted leaves ``dest`` as it was.
    """
    dest = Path(dest).absolute()
    try:
        if dest.exists() and not is_empty_folder(dest):
            what = "is not empty" if dest.is_dir() else "is a file"
            raise FolderNotEmptyError(
                f"{dest} {what}: init makes a new data folder and overwrites nothing; give "
                f"it a new or empty folder (if {dest} already is a data folder, use it as it "
                f"is: --root {dest})")
    except OSError as err:
        raise SetupError(f"cannot look at {dest} ({err.strerror or err}); check its "
                         "permissions") from None
    source = package_data() if source is None else Path(source)
    # made beside dest and renamed into place when complete: an init interrupted at any
    # moment leaves dest as it was (missing or empty), so the next init just works
    staging = dest.parent / f".{dest.name}-init-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        for old in dest.parent.glob(f".{dest.name}-init-*"):  # left by a killed init
            shutil.rmtree(old, ignore_errors=True)
        staging.mkdir()
        for part in PARTS:
            shutil.copytree(source / part, staging / part, ignore=SKIP)
        (staging / "README.md").write_text(
            README.format(version=package_version(), path=dest, env=ENV_VAR),
            encoding="utf-8")
        os.rename(staging, dest)  # onto a missing or an empty folder: one step
    except BaseException as err:  # an interrupt too
        shutil.rmtree(staging, ignore_errors=True)
        if not isinstance(err, OSError | shutil.Error):
            raise
        reason = getattr(err, "strerror", None) or str(err)
        raise SetupError(f"cannot create the data folder {dest} ({reason}); check that "
                         "its parent folder can be written and the disk has room") from None
    return dest
