"""The project's pytest plugin, loaded before all others (``-p tests.plugin`` in
pyproject.toml), so that it acts on nbval's import too.

nbval imports nbformat when pytest loads it, and nbformat's jsonschema imports
rfc3987_syntax, which builds some 35 Lark parsers on import (about 1 s in every pytest
process, each xdist worker included) for a format no notebook schema uses. Marked absent
before any plugin loads, jsonschema skips that one format; ucj_data.present.html_report
does the same for the report's processes.
"""

import sys

sys.modules.setdefault("rfc3987_syntax", None)
