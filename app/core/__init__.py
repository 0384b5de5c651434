"""Kalkan core: configuration, persistence, security, caching and cross-cutting services.

The core never imports ``app.modules``; modules build on it.
"""
