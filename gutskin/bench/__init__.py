"""`make bench`: the site under load beside a bare view (docs/benchmarks.md)."""
