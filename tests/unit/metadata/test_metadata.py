"""The metadata itself: every defined field used, every used field defined."""

from __future__ import annotations

import subprocess
import sys

import ucj_data
from ucj_data.metadata.fields import FIELDS
from ucj_data.metadata.tables import TABLES
from ucj_data.metadata.vocabularies import INDICATORS, PARSED_UNITS, UNITS


def test_every_defined_field_is_used_by_a_table():
    used = {name for table in TABLES.values() for name in table.fields}
    assert set(FIELDS) - used == set()


def test_every_used_field_is_defined():
    for table in TABLES.values():
        undefined = [n for n in table.fields if n not in FIELDS]
        assert not undefined, f"{table.name}: {undefined}"
        assert set(table.primary_key) <= set(table.fields), table.name
        assert set(table.derived) <= set(table.fields), table.name
        assert set(table.optional) <= set(table.fields), table.name
        for fld, ref_table, ref_field in table.foreign_keys:
            assert fld in table.fields and ref_field in TABLES[ref_table].fields


def test_indicator_vocabulary_is_consistent():
    for ind in INDICATORS.values():
        assert ind.unit in UNITS, ind.name
        assert ind.kind in PARSED_UNITS, ind.name
        assert ind.kind in FIELDS["kind"].enum, ind.name


def test_import_does_not_load_plotting_or_jupyter():
    code = ("import sys, ucj_data; "
            "bad = [m for m in sys.modules if m.split('.')[0] in "
            "{'matplotlib', 'IPython', 'jupyter_client', 'nbformat', 'nbclient', 'ipykernel'}]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_each_method_text_is_written_once_and_reused():
    from ucj_data.metadata.methods import METHODS

    documented = [ucj_data.reconcile, ucj_data.data_quality, ucj_data.coverage,
                  ucj_data.claim_benefits, ucj_data.single_benefits, ucj_data.project_enrolment,
                  ucj_data.official_targets, ucj_data.contribution_budget,
                  ucj_data.denominators, ucj_data.coverage_history, ucj_data.target_realism,
                  ucj_data.village_standard, ucj_data.funding_mix]
    docs = " ".join(f.__doc__ for f in documented)
    for name, text in METHODS.items():
        assert text in docs, f"METHODS[{name!r}] is in no function's docstring"
        assert any(t.method == name for t in TABLES.values()), f"no table uses {name!r}"
    for table in TABLES.values():
        assert table.method is None or table.method in METHODS, table.name


def test_every_field_override_names_a_field_its_table_has():
    from ucj_data.metadata.fields import FIELDS_BY_TABLE

    for table, overrides in FIELDS_BY_TABLE.items():
        assert table in TABLES, table
        for name, changes in overrides.items():
            assert name in TABLES[table].fields, (table, name)
            assert changes, (table, name)
            # an override changes what it names: the field as the table means it differs
            assert TABLES[table].field(name) != FIELDS[name], (table, name)


def test_a_field_is_described_for_its_own_table():
    # 'value' is parsed from the text in figures, but is the kept value in reconciled
    assert "parsed from value_text" in TABLES["figures"].field("value").description
    assert "parsed" not in TABLES["reconciled"].field("value").description
    # 'unit' of data_quality is the unit of the check's numbers, not of a parsed text
    assert "reported, computed" in TABLES["data_quality"].field("unit").description
    # optional columns are not required in their table, whatever FIELDS says
    assert FIELDS["workforce"].required
    assert not TABLES["coverage"].field("workforce").required
