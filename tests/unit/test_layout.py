"""The package's shape: layers as folders, modules that are modules, -OO safe."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import types

import ucj_data

LAYERS = {"metadata", "text", "io", "validate", "analysis", "present"}


def submodules() -> list[str]:
    # __main__ runs the command line when imported: it is a script, not a module to import
    return sorted(m.name for m in pkgutil.walk_packages(ucj_data.__path__, "ucj_data.")
                  if m.name != "ucj_data.__main__")


def test_the_layers_are_folders():
    packages = {m.name for m in pkgutil.iter_modules(ucj_data.__path__) if m.ispkg}
    assert packages >= LAYERS


def test_every_submodule_imports_as_a_module():
    names = submodules()
    assert "ucj_data.analysis.gaps" in names  # the walk reaches into the layers
    for name in names:
        if name.startswith("ucj_data.present"):
            continue  # imports matplotlib; checked in a fresh process below
        module = importlib.import_module(name)
        assert isinstance(module, types.ModuleType), name
        # what the dotted path holds is the module itself, not a function of its name
        parent, _, leaf = name.rpartition(".")
        assert getattr(importlib.import_module(parent), leaf) is module, name


def test_import_works_without_docstrings():
    # python -OO strips docstrings (__doc__ is None): nothing may format or read them
    code = ("import importlib, pkgutil, ucj_data\n"
            "for m in pkgutil.walk_packages(ucj_data.__path__, 'ucj_data.'):\n"
            "    if m.name == 'ucj_data.__main__': continue\n"
            "    importlib.import_module(m.name)\n"
            "assert ucj_data.coverage.__doc__ is None\n"
            "print(ucj_data.parse_number('461 ribu').value)\n")
    result = subprocess.run([sys.executable, "-OO", "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) == 461_000


def test_no_function_is_named_like_its_module():
    for name in submodules():
        if name.startswith("ucj_data.present"):
            continue
        module = importlib.import_module(name)
        leaf = name.rpartition(".")[2]
        assert not callable(getattr(module, leaf, None)), name


# each layer and the layers it may import (the ones listed before it in the README)
LAYER_ORDER = ["text", "metadata", "parameters", "validate", "io", "provenance", "pipeline",
               "analysis", "present"]


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "ucj_data" else None


def test_a_layer_imports_only_the_layers_before_it():
    import ast
    from pathlib import Path

    package = Path(ucj_data.__file__).parent
    wrong = []
    for path in package.rglob("*.py"):
        module = ".".join(path.relative_to(package.parent).with_suffix("").parts)
        layer = _layer(module)
        if layer not in LAYER_ORDER:
            continue  # __init__, __main__, cli: the package's doors, above every layer
        allowed = set(LAYER_ORDER[: LAYER_ORDER.index(layer) + 1])
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module
                     else [])
            for name in names:
                used = _layer(name)
                if used is not None and used not in allowed:
                    wrong.append(f"{module} imports {name}")
    assert not wrong, wrong
