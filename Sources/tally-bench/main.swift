// Placeholder entry point until the benchmark lands; prints usage only.
print("usage: tally-bench (not yet implemented)")
