"""The `auth` module: `models` (types), `operations` (descriptors), `resources` (clients' resources).

Token endpoints of the auth host (auth.tiktok-shops.com). They are not signed and take the app
secret in the query string, so they are called only by the SDK's token manager."""
