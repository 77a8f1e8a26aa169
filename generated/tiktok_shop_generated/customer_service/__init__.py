"""The `customer_service` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Buyer-shop chat (customer service IM): conversations, messages, image uploads for messages, agent
settings, support sessions and service performance."""
