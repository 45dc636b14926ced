"""Training and evaluation-data code. Never imported by the `newssift` package at inference time.

Run from the repository root, e.g. `python -m training.statements --data ../shared/data/polnear`.
Needs `pip install -e .[train]`.
"""
