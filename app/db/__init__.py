"""Database layer: typed models, migrations shipped in the package, and the opener that upgrades at start-up."""
