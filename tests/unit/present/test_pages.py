"""The report's pages: code hidden, markers never shown, charts with alt text and captions,
navigation, region cards."""

from __future__ import annotations

import base64

import pandas as pd
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from ucj_data.present.headlines import latest_date, region_cards
from ucj_data.present.pages import Chart, Page, card_html, cells_html, notebook_page

PNG = base64.b64encode(b"\x89PNG\r\n\x1a\nfake").decode()


def executed_notebook():
    chart = new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"},
                       metadata={"image/png": {"alt": "Bar chart: Serang 50,87%"}})
    table = new_output("execute_result", data={"text/html": "<style>.x{}</style><table>"
                                                             "<tr><td>1</td></tr></table>",
                                               "text/plain": "1"}, execution_count=2)
    return new_notebook(cells=[
        new_markdown_cell("# 02 · Coverage\n\n**Question.** How far?"),
        new_code_cell("# NBVAL_CHECK_OUTPUT\nshow(cov, LANG)", outputs=[table]),
        new_markdown_cell("## Who is covered"),
        new_code_cell("plots.coverage_chart(cov)", outputs=[chart]),
    ])


def test_code_and_markers_are_hidden_unless_asked():
    body, charts = cells_html(executed_notebook())
    assert "show(cov" not in body and "NBVAL" not in body
    assert "<table>" in body and "<style" not in body  # the output, without its CSS
    assert "<h1" in body and "<strong>Question.</strong>" in body
    assert "¶" not in body  # no anchor-link pilcrows
    shown, _ = cells_html(executed_notebook(), show_code=True)
    assert "show(cov, LANG)" in shown and "NBVAL" not in shown


def test_charts_keep_their_alt_text_and_take_the_heading_above_as_caption():
    body, charts = cells_html(executed_notebook())
    assert charts == [Chart("Bar chart: Serang 50,87%", "Who is covered",
                            b"\x89PNG\r\n\x1a\nfake")]
    assert 'id="chart-1"' in body and 'alt="Bar chart: Serang 50,87%"' in body


def test_charts_under_one_heading_are_captioned_by_their_own_titles():
    def chart(title):
        return new_output("display_data", data={"image/png": PNG, "text/plain": "<Figure>"},
                          metadata={"image/png": {"alt": f"{title}: bars", "title": title}})

    nb = new_notebook(cells=[new_markdown_cell("## The charts"),
                             new_code_cell("profile.charts(...)",
                                           outputs=[chart("Aceh by source"),
                                                    chart("Bali by source")])])
    _, charts = cells_html(nb)
    assert [c.caption for c in charts] == ["Aceh by source", "Bali by source"]


def page(name, lang="en"):
    return Page(name, lang, f"{name} title", "<p>body</p>", [])


def test_pages_link_the_index_their_neighbours_and_the_other_language():
    pages = [page("01_a"), page("02_b"), page("03_c")]
    html = notebook_page(pages, 1, ["id"], "0.2.0")
    assert "<title>02_b title · " in html and '<html lang="en">' in html
    assert 'href="index.html"' in html
    assert 'href="01_a.html" rel="prev"' in html and 'href="03_c.html" rel="next"' in html
    assert 'href="../id/02_b.html" rel="alternate" hreflang="id"' in html
    assert 'href="../report.css"' in html
    first = notebook_page(pages, 0, [], "0.2.0")
    assert 'rel="prev"' not in first and "alternate" not in first


def test_cards_hold_each_regions_headline_numbers_with_ranges():
    coverage = pd.DataFrame({
        "region_code": ["36", "9901"], "region_name": ["Banten", "Kota Uji"],
        "period": ["2025-11-03", "2025-06"], "coverage_pct": [42.9, 100.0],
        "target_pct": [99.5, 99.5], "target_status": ["to_reach", "reached"],
        "workers_to_target": [3_562_237.6, 0.0],
        "workers_to_target_low": [3_489_115.2, 0.0],
        "workers_to_target_high": [3_635_647.1, 0.0]})
    claims = pd.DataFrame({"region_code": ["9901"], "region_name": ["Kota Uji"],
                           "period": ["2025"], "benefit_per_recipient_idr": [12_436_837.0]})
    cases = pd.DataFrame({"region_code": ["36"], "region_name": ["Banten"],
                          "case_kind": ["uncovered"], "package": ["JKK+JKM"],
                          "workers": [3_593_707.0], "yearly_cost_idr": [724_491_331_200.0]})
    employed = coverage.assign(coverage_pct=[44.63, float("nan")],
                               workforce=[6_050_000.0, float("nan")],
                               denominator_period=["2025-11", None])
    cards = region_cards(coverage, claims, cases, employed)
    assert [c.region_name for c in cards] == ["Banten", "Kota Uji"]
    banten = card_html(cards[0], "id")
    # beside the reported base: the same participants against BPS employed persons
    assert "44,63%" in banten and "dari 6.050.000 penduduk bekerja (Nov 2025)" in banten
    assert cards[1].employed is None  # no statistic for Kota Uji: no such line
    # workers to the target rounded up to whole workers: 3.562.238, range 3.489.116-3.635.648
    assert "42,9%" in banten and "3.562.238" in banten
    assert "rentang 3.489.116 – 3.635.648" in banten
    # 3.593.707 x Rp16.800 x 12 = Rp724.491.331.200, written Rp724,5 miliar
    assert "Rp724,5 miliar" in banten and "3.593.707 pekerja" in banten
    uji = card_html(cards[1], "en")
    assert "target reached" in uji and "IDR 12.4 million" in uji


def test_the_latest_date_of_the_sources():
    sources = pd.DataFrame({"event_date": ["2025-12-09", None],
                            "published": [None, "2025-12-10T13:36+07:00"]})
    assert latest_date(sources) == "2025-12-10"
    assert latest_date(sources.iloc[0:0]) is None


def test_a_region_with_only_official_statistics_has_a_card_with_its_latest_count():
    empty = pd.DataFrame(columns=["region_code", "region_name", "period",
                                  "benefit_per_recipient_idr", "case_kind",
                                  "yearly_cost_idr"])
    history = pd.DataFrame({"region_code": ["18", "18"], "region_name": ["Lampung"] * 2,
                            "period": ["2025-08", "2023-12"],
                            "source_kind": ["official", "official"],
                            "active_participants": [687_000.0, 578_889.0]})
    cards = region_cards(empty, empty, empty, history=history)
    assert [c.region_name for c in cards] == ["Lampung"]
    html = card_html(cards[0], "en")
    # the latest of the two observations (August 2025), not the first row's order
    assert "687,000" in html and "Aug 2025" in html and "578,889" not in html
    assert "not reported" in html  # no coverage row: said, not left blank


def test_a_wide_table_says_it_scrolls_in_the_page_s_language():
    def table(n_columns):
        head = "".join(f"<th>c{i}</th>" for i in range(n_columns))
        return new_output("execute_result", execution_count=1, data={
            "text/html": f"<table><thead><tr>{head}</tr></thead></table>", "text/plain": ""})

    nb = new_notebook(cells=[new_code_cell("show(a)", outputs=[table(8)]),
                             new_code_cell("show(b)", outputs=[table(7)])])
    body, _ = cells_html(nb, lang="id")
    assert body.count('class="scroll-hint"') == 1  # eight columns scroll, seven fit
    assert "geser ke samping" in body
    assert "scroll sideways" in cells_html(nb, lang="en")[0]
