"""The project's pytest plugin, loaded before all others (``-p tests.plugin`` in
pyproject.toml), so that it acts on nbval's import too.

- nbval imports nbformat when pytest loads it, and nbformat's jsonschema imports
  rfc3987_syntax, which builds some 35 Lark parsers on import (about 1 s in every pytest
  process, each xdist worker included) for a format no notebook schema uses. Marked absent
  before any plugin loads, jsonschema skips that one format; ucj_data.present.html_report
  does the same for the report's processes.
- nbval starts a kernel for every notebook, and a kernel's start and the imports of the
  notebook's first cell (pandas, pandera, matplotlib, ucj_data) cost about 2.5 s, more
  than most of these notebooks take to run. Here a pytest process keeps one kernel for
  all the notebooks it runs, as ``ucj-data report`` does: before each notebook the
  kernel's namespace is emptied and its figures closed
  (:data:`ucj_data.present.html_report.FRESH_NAMESPACE`), so a notebook still fails on a
  name it does not define or import itself. A kernel that died (a cell that timed out)
  is replaced.
"""

from __future__ import annotations

import sys

sys.modules.setdefault("rfc3987_syntax", None)

import pytest  # noqa: E402

_kernels: dict[tuple[str, str], object] = {}  # (kernel name, folder) -> nbval RunningKernel


def _shared_setup(self) -> None:
    """nbval's IPyNbFile.setup, with the kernel of an earlier notebook reused."""
    from nbval.kernel import RunningKernel

    from ucj_data.present.html_report import FRESH_NAMESPACE

    option = self.parent.config.option
    if option.nbval_current_env:
        from nbval.kernel import CURRENT_ENV_KERNEL_NAME as name
    else:
        name = option.nbval_kernel_name or self.nb.metadata.get(
            "kernelspec", {}).get("name", "python")
    key = (name, str(self.fspath.dirname))
    kernel = _kernels.get(key)
    if kernel is not None and kernel.is_alive():
        msg_id = kernel.execute_cell_input(FRESH_NAMESPACE, allow_stdin=False)
        kernel.await_reply(msg_id, timeout=option.nbval_cell_timeout)
        kernel.await_idle(msg_id, timeout=option.nbval_cell_timeout)
    else:
        kernel = _kernels[key] = RunningKernel(
            name, cwd=key[1], startup_timeout=option.nbval_kernel_startup_timeout)
    self.kernel = kernel
    self.setup_sanitize_files()


def _shared_teardown(self) -> None:
    """Keep the kernel for the next notebook (stopped when the session ends)."""


def pytest_configure(config: pytest.Config) -> None:
    plugin = sys.modules.get("nbval.plugin")
    if plugin is None or not config.getoption("nbval_lax", False) and not config.getoption(
            "nbval", False):
        return
    if getattr(config.option, "cov_source", None):
        return  # nbval's coverage set-up needs a kernel of its own per notebook
    plugin.IPyNbFile.setup = _shared_setup
    plugin.IPyNbFile.teardown = _shared_teardown


def pytest_sessionfinish(session: pytest.Session) -> None:
    for kernel in _kernels.values():
        if kernel.is_alive():
            kernel.stop()
    _kernels.clear()
