"""The texts defined in more than one place agree: every language has its chart words,
every finding of findings.yml its fetch function (and the other way round), every section of
the region profile its finding, and every finding both languages and a 'lacks' line."""

from __future__ import annotations

import string

from ucj_data.present import findings, profile
from ucj_data.text.locales import LANGS


def test_every_language_has_the_chart_words():
    from ucj_data.present.plots.labels import TEXT

    assert set(TEXT) == set(LANGS)
    assert all(set(TEXT[lang]) == set(TEXT[LANGS[0]]) for lang in LANGS)


def test_findings_yml_and_the_fetch_functions_name_the_same_findings():
    assert set(findings.FINDINGS) == set(findings.FETCH)


def test_every_profile_section_has_its_finding():
    assert set(profile.SECTIONS) <= set(findings.FINDINGS)


def test_every_finding_speaks_both_languages_with_the_same_placeholders():
    def fields(text):
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for name, spec in findings.texts().items():
        assert set(spec["lacks"]) == set(LANGS), name
        for sentence in spec["sentences"]:
            assert set(LANGS) <= set(sentence), (name, sentence)
            # the same numbers in every language: a translation cannot drop or add one
            assert len({frozenset(fields(sentence[lang])) for lang in LANGS}) == 1, (
                name, sentence[LANGS[0]])
