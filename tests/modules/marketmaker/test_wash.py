"""Wash-trading indicators: statistics recomputed by hand / with loops / with scipy directly,
and real tapes against the same tape with a planted wash pattern."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from scipy import stats

from app.modules.marketmaker.wash import (
    benford_first_digit,
    expected_null_mad,
    first_digits,
    hill_tail_exponent,
    infer_lot_size,
    nigrini_conformity,
    round_size_clustering,
    same_size_opposite_prints,
    significant_digits,
    wash_trading_report,
)
from tests.modules.marketmaker.conftest import load_trade_tape

BENFORD = [math.log10(1 + 1 / d) for d in range(1, 10)]


def printed_first_digit(x: float) -> int:
    """Reference: the first non-zero digit of the shortest printed form (``repr``)."""
    return int(next(ch for ch in repr(float(x)).split("e")[0] if ch in "123456789"))


TINY = [1.2, 0.3, 15.0, 2.5, 0.0042, 99.0, 1e-7, 7.77, 0.05, 300.0, 1.9, 0.6, 0.0, -3.0]


def test_first_digits_by_hand():
    # 0 and -3 are dropped; 0.3 is 0.29999... in binary but its first digit is 3
    assert first_digits(TINY).tolist() == [1, 3, 1, 2, 4, 9, 1, 7, 5, 3, 1, 6]
    edge = [9.999999, 1000.0, 0.001, 8e-9, 5e12, 0.99999996, 0.9999999996, 1e-300, 7e300]
    assert first_digits(edge).tolist() == [9, 1, 1, 8, 5, 9, 9, 1, 7]
    # against the printed digit, on sizes rounded to 8 decimals like exchange quantities
    x = np.round(np.random.default_rng(3).lognormal(0, 4, 5_000), 8)
    x = x[x > 0]
    assert first_digits(x).tolist() == [printed_first_digit(v) for v in x]


def test_benford_statistics_on_tiny_sample_against_loops_and_scipy():
    r = benford_first_digit(TINY, min_n=5)
    digits = [printed_first_digit(v) for v in TINY if v > 0]
    n = len(digits)
    counts = [digits.count(d) for d in range(1, 10)]
    assert counts == [4, 1, 2, 1, 1, 1, 1, 0, 1]
    assert r.n == n == 12 and r.counts == counts
    assert r.expected == pytest.approx(BENFORD)
    chi2 = sum((o - n * p) ** 2 / (n * p) for o, p in zip(counts, BENFORD, strict=True))
    assert r.chi2 == pytest.approx(chi2)
    assert r.p_value == pytest.approx(stats.chi2.sf(chi2, 8))
    ref = stats.chisquare(counts, [n * p for p in BENFORD])
    assert (r.chi2, r.p_value) == pytest.approx((ref.statistic, ref.pvalue))
    mad = sum(abs(o / n - p) for o, p in zip(counts, BENFORD, strict=True)) / 9
    assert r.mad == pytest.approx(mad)
    assert r.conformity == nigrini_conformity(mad) == "nonconformity"
    assert r.score == pytest.approx(1 - math.exp(-max(0, mad - expected_null_mad(12)) / 0.015))
    assert benford_first_digit(TINY).conformity == "insufficient data"  # default min_n 50
    assert benford_first_digit([]).n == 0


def test_nigrini_bands():
    assert nigrini_conformity(0.0059) == "close conformity"
    assert nigrini_conformity(0.006) == "close conformity"
    assert nigrini_conformity(0.0119) == "acceptable conformity"
    assert nigrini_conformity(0.0149) == "marginally acceptable conformity"
    assert nigrini_conformity(0.0151) == "nonconformity"


def test_null_mad_matches_simulation():
    rng = np.random.default_rng(11)
    for n in (100, 400, 2_000):
        counts = rng.multinomial(n, BENFORD, size=4_000)
        sim = np.abs(counts / n - np.array(BENFORD)).mean(axis=1).mean()
        assert expected_null_mad(n) == pytest.approx(sim, rel=0.05)


def test_benford_sample_conforms():
    # a log-uniform size distribution over many decades is exactly Benford
    sizes = 10 ** np.random.default_rng(5).uniform(-4, 4, 5_000)
    r = benford_first_digit(sizes)
    assert r.conformity in ("close conformity", "acceptable conformity")
    assert r.p_value > 0.001 and r.score < 0.3


# --------------------------------------------------------------------------- other indicators


def test_round_size_clustering_by_hand():
    assert [significant_digits(x) for x in (300.0, 0.0042, 1.23, 2.5, 1e-7)] == [1, 2, 3, 2, 1]
    assert infer_lot_size([1.5, 0.25, 300.0]) == pytest.approx(0.01)
    sizes = [1.0, 2.5, 300.0, 0.05, 1.23]
    r = round_size_clustering(sizes, lot_size=0.01, min_count=1)
    c = sum(1 / d for d in range(1, 10)) / math.log(10)  # log-uniform weight of 9 round points
    p = [0.01 * c, 0.01 * c, 0.0001 * c, 1.0, 0.01 * c]  # 0.05 sits on the coarsest grid
    assert r.round_trades == 3 and r.round_share == pytest.approx(0.6)
    assert r.expected_share == pytest.approx(sum(p) / 5)
    z = (3 - sum(p)) / math.sqrt(sum(q * (1 - q) for q in p))
    assert r.z == pytest.approx(z) and r.ratio == pytest.approx(3 / sum(p))
    assert r.p_value == pytest.approx(2 * stats.norm.sf(z)) and r.score == 0.0


def test_hill_estimator():
    # top k = 2 of [8, 4, 2, 1]: threshold 2, H = (ln 4 + ln 2) / 2 = 1.5 ln 2
    r = hill_tail_exponent([1.0, 8.0, 2.0, 4.0], k=2, min_n=4)
    assert r.alpha == pytest.approx(1 / (1.5 * math.log(2)))
    assert r.threshold == 2.0 and r.std_error == pytest.approx(r.alpha / math.sqrt(2))
    # Pareto with tail index 1.5: x = U^(-1/1.5) (inverse transform), Hill is consistent
    u = np.random.default_rng(1).uniform(size=20_000)
    r = hill_tail_exponent(u ** (-1 / 1.5), k=2_000)
    assert r.alpha == pytest.approx(1.5, abs=0.1) and r.in_pareto_levy_range and r.score == 0
    degenerate = hill_tail_exponent([0.77] * 40)
    assert degenerate.alpha is None and degenerate.score == 1.0
    assert hill_tail_exponent([1.0, 2.0]).alpha is None  # too few trades


def test_mirror_prints_by_hand():
    tape = [
        (0.000, "buy", 100.0, 1.0),
        (0.010, "sell", 100.0, 1.0),  # pairs with the buy 10 ms earlier
        (0.020, "sell", 100.0, 1.0),  # its partner is taken
        (0.100, "buy", 100.0, 1.0),  # 80 ms after the last sell: outside 50 ms
        (1.000, "buy", 101.0, 2.0),
        (1.030, "buy", 101.0, 2.0),  # same side
        (2.000, "buy", 102.0, 3.0),
        (2.040, "sell", 102.0, 3.0001),  # different size
        (3.000, "", 103.0, 1.0),
        (3.010, "", 103.0, 1.0),  # unknown sides pair
    ]
    r = same_size_opposite_prints(tape, window_ms=50)
    assert (r.n, r.pairs, r.trades_in_pairs) == (10, 2, 4)
    assert r.share_of_trades == pytest.approx(0.4)
    volume = sum(p * q for _, _, p, q in tape)
    assert r.share_of_volume == pytest.approx((200 + 206) / volume)
    assert r.examples == [(0.0, 0.01, 100.0, 1.0), (3.0, 3.01, 103.0, 1.0)]
    assert r.score == 1.0
    assert same_size_opposite_prints(tape, window_ms=5).pairs == 0


# --------------------------------------------------------------------------- real vs planted


@pytest.fixture(scope="module")
def real_tapes(gocryptotrader_dir, cryptofeed_dir):
    bitstamp = json.loads(
        (gocryptotrader_dir / "bitstamp_api_v2_transactions_btcusd__0.json").read_text()
    )["data"]
    agg = json.loads((gocryptotrader_dir / "binance_api_v3_aggTrades__10.json").read_text())["data"]
    derived = load_trade_tape(cryptofeed_dir / "derived_trades.csv")
    return {
        # Bitstamp: type 0 = buy, 1 = sell; timestamps in seconds
        "bitstamp": [
            (float(t["date"]), "sell" if t["type"] == "1" else "buy", float(t["price"]),
             float(t["amount"]))
            for t in bitstamp
        ],
        "binance_agg": [
            (t["T"] / 1000, "sell" if t["m"] else "buy", float(t["p"]), float(t["q"])) for t in agg
        ],
        "cryptofeed": [
            (int(t["ts_ms"]) / 1000, t["side"], float(t["price"]), float(t["amount"]))
            for t in derived
        ],
    }  # fmt: skip


def planted(tape, pairs=250, size=0.77):
    """The real tape plus ``pairs`` buy/sell prints of one size at one price, 3 ms apart."""
    start, price = tape[0][0], tape[0][2]
    fake = []
    for i in range(pairs):
        ts = start + 7.0 * i + 0.5
        fake += [(ts, "buy", price, size), (ts + 0.003, "sell", price, size)]
    return tape + fake


def test_real_tapes_vs_planted_wash_pattern(real_tapes):
    assert [len(t) for t in real_tapes.values()] == [383, 1000, 1672]
    wash = wash_trading_report(planted(real_tapes["bitstamp"]))
    for name, tape in real_tapes.items():
        real = wash_trading_report(tape)
        # chi-square and MAD recomputed directly from the sizes
        digits = [printed_first_digit(q) for *_, q in tape if q > 0]
        counts = [digits.count(d) for d in range(1, 10)]
        ref = stats.chisquare(counts, [len(digits) * p for p in BENFORD])
        assert real.benford.chi2 == pytest.approx(ref.statistic), name
        mad = np.mean([abs(c / len(digits) - p) for c, p in zip(counts, BENFORD, strict=True)])
        assert real.benford.mad == pytest.approx(mad), name

        assert real.mirror_prints.pairs == 0, name
        assert wash.benford.mad > 3 * real.benford.mad, name
        assert wash.benford.chi2 > 10 * real.benford.chi2, name
        assert real.benford.score < 0.7 < 0.99 < wash.benford.score, name
        if name != "cryptofeed":  # a many-symbol tape mixes size scales: only Benford applies
            assert wash.suspicion > real.suspicion + 0.25, name
    assert wash.mirror_prints.pairs == 250 and wash.mirror_prints.score == 1.0
    assert wash.benford.counts[6] >= 500 and wash.benford.conformity == "nonconformity"


def test_real_tape_statistics_are_reported_with_their_numbers(real_tapes):
    r = wash_trading_report(real_tapes["binance_agg"])
    # Binance BTCUSDT aggTrades: sizes cluster on round lots far above a smooth expectation
    assert r.round_sizes.ratio > 2 and r.round_sizes.score == 0.0 and r.round_sizes.z > 3
    assert r.tail.alpha is not None and r.tail.k == 100
    assert set(r.scores) == {"benford", "round_sizes", "tail", "mirror_prints"}
    assert r.suspicion == pytest.approx(np.mean(list(r.scores.values())))
