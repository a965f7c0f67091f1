"""Alembic environment. Skranke runs migrations itself (app.db.database.migrate); no alembic.ini is needed."""

from alembic import context

from app.db.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
