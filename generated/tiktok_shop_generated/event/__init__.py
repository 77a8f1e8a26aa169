"""The `event` module: `models` (types), `operations` (descriptors), `resources` (clients' resources).

Webhook subscriptions of a shop, one callback URL per event type."""
