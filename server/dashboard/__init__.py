"""The employer's dashboard: how well the organization keeps its feedback promise, as numbers and charts."""
