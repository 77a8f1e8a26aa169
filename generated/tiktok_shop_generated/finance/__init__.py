"""The `finance` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Statements, settlement transactions, payouts and balances of a shop."""
