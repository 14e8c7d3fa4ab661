"""Python equivalents of the SOM Are-We-Fast-Yet benchmarks (bench/smalltalk)."""
