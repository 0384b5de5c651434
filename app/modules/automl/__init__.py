"""AutoML: Optuna studies (strategy parameters, signal-model MLPs) in the application's database."""
