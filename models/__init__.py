"""PartnerDesk domain layer: peewee models, migrations, rules and queries (no Qt, no HTTP)."""
