"""Market-maker tracker: order-book metrics, spoofing, activity / liquidity and wash-trading."""
