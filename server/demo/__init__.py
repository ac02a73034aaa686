"""Data to look at and to measure: the demo organization (``candor demo``) and the bulk data of the
scale benchmarks (``candor bench-data``)."""
