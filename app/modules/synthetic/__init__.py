"""GAN synthetic data (seed service 9): TimeGAN and baselines, quality, scenarios."""
