"""Offline evaluation: readers for the public safety data sets and the `make bench-safety` benchmark."""
