"""The one rule for what a written number allows: its last written digit sets the step
(decimals after the comma count, zeros too), and whole units written to their ones digit
are exact."""

from __future__ import annotations

import pytest

from ucj_data.text.intervals import written_interval, written_precision


@pytest.mark.parametrize("value, text, step, digits", [
    # '5,80 juta' is written to the hundredth of a million: 10.000, three digits
    (5_800_000, "5,80 juta", 10_000.0, 3),
    (5_800_000, "5,8 juta", 100_000.0, 2),
    # to the cent: 0,01, ten significant digits (42, six zeros, and the two decimal zeros)
    (42_000_000, "Rp 42.000.000,00", 0.01, 10),
    (50.8, "50,80 persen", 0.01, 4),
    # no decimals written: the last non-zero digit, as before
    (461_000, "461 ribu", 1_000.0, 3),
    (400_385, "400.385", 1.0, 6),
    (2_700_000, "sekitar 2,7 juta", 100_000.0, 2),
])
def test_the_last_written_digit_sets_the_step(value, text, step, digits):
    got_step, got_digits = written_precision(value, text)
    assert got_step == pytest.approx(step) and got_digits == digits


def test_an_amount_written_to_the_cent_is_exact():
    step = written_precision(42_000_000, "Rp 42.000.000,00")[0]
    assert written_interval(42_000_000, whole=True, step=step)[:2] == (42_000_000,
                                                                       42_000_000)
    # without the written cents it would be rounded at its 2: 41,5 to below 42,5 juta
    assert written_interval(42_000_000, whole=True)[:2] == (41_500_000, 42_500_000)


def test_decimal_zeros_narrow_the_range():
    # 5,80 juta: 5.795.000 to below 5.805.000; 5,8 juta: 5.750.000 to below 5.850.000
    for text, low, high in (("5,80 juta", 5_795_000, 5_805_000),
                            ("5,8 juta", 5_750_000, 5_850_000)):
        w = written_interval(5_800_000, step=written_precision(5_800_000, text)[0])
        assert (w.low, w.high) == pytest.approx((low, high)) and w.high_open


@pytest.mark.parametrize("text", ["minimal 100", "paling sedikit 100", "Minimal 100"])
def test_at_least_is_a_lower_bound_it_may_equal(text):
    from ucj_data.text.numbers import parse_number

    value, _, qualifier = parse_number(text)
    w = written_interval(value, qualifier, whole=True)
    # 'minimal 100' allows 100 itself and anything above: not 50 to 150 as a rounded 100
    assert (value, w.low, w.high, w.low_open) == (100, 100, float("inf"), False)
