"""The fact tagger's shipped weights (fact_tagger.json, written by training/train_tagger.py)."""
