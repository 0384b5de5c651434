"""Backtesting: strategies, vectorbt simulation, metrics, Monte Carlo, walk-forward, tuning."""
