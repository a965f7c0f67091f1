"""Skranke core: domain, services, database, settings and credentials. No Qt here (see docs/architecture.md)."""
