"""Reads ``spec/`` and writes ``generated/``: the typed endpoint modules and models.

``python -m generator`` regenerates, ``--check`` reports drift, ``--diff OLD_SPEC`` prints the
public surface changes between two specs. Nothing at runtime imports this package.
"""
