"""Multi-exchange market data: unified types, order books, live / replay / synthetic sources."""
