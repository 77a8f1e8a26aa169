"""The test suite: end to end through the sandbox over HTTP."""
