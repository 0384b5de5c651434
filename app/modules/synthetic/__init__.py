"""GAN synthetic data (seed service 9): TimeGAN with bootstrap and GARCH-t baselines, quality
reports, generation and stress scenarios. Nothing heavy here: torch and arch load only in the
worker processes that train and generate."""

from __future__ import annotations

from app.modules.synthetic.router import router

__all__ = ["router"]
