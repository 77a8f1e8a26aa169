"""Short, runnable examples of the SDK in web frameworks."""
