"""Demo data on a real PostgreSQL: COPY-loaded rows (native uuid, timestamptz) read back through the ORM."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.db.database import Database
from app.demo_data import DemoDataError, load_demo_data
from tests.unit.app.test_demo_data import check_loaded

pytestmark = pytest.mark.postgres


def test_small_load_reads_back_through_the_orm(pg_db: Database) -> None:
    summary = load_demo_data(pg_db, 300, interactions_per_customer=10, seed=5, heavy_customers=1)
    check_loaded(pg_db, summary, 300)
    with pg_db.engine.connect() as conn:
        # COPY went through the real foreign keys; and the statistics are fresh for the planner.
        analysed = conn.execute(text(
            "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'interactions' "
            "AND last_analyze IS NOT NULL")).scalar()
        assert analysed == 1
        zone = conn.execute(text("SELECT pg_typeof(started_at)::text FROM interactions LIMIT 1")).scalar()
        assert zone == "timestamp with time zone"
        # The loader switched per-row foreign-key triggers off for speed: prove every reference holds,
        # and that the connection went back to the pool with triggers on.
        assert conn.execute(text("SHOW session_replication_role")).scalar() == "origin"
        foreign_keys = conn.execute(text(
            "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, fa.attname "
            "FROM pg_constraint c "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1")).all()
        assert len(foreign_keys) >= 10
        if conn.execute(text("SELECT to_regclass('skranke_rls.customer_access')")).scalar() is not None:
            # Row-level security (migration 0004): demo walk-ins make their customers visible at the site.
            walk_in_access = conn.execute(text(
                "SELECT count(*) FROM skranke_rls.customer_access WHERE reason = 'walk-in'")).scalar()
            assert walk_in_access and walk_in_access > 0
        for child, column, parent, key in foreign_keys:
            orphans = conn.execute(text(
                f'SELECT count(*) FROM {child} x WHERE x."{column}" IS NOT NULL AND NOT EXISTS '
                f'(SELECT 1 FROM {parent} p WHERE p."{key}" = x."{column}")')).scalar()
            assert orphans == 0, f"{child}.{column} has {orphans} rows without a {parent}"


def test_append_continues_numbers(pg_db: Database) -> None:
    first = load_demo_data(pg_db, 30, interactions_per_customer=3, heavy_customers=0)
    with pytest.raises(DemoDataError, match="--append"):
        load_demo_data(pg_db, 5)
    more = load_demo_data(pg_db, 20, interactions_per_customer=3, heavy_customers=0, append=True)
    assert more.first_customer_number == first.first_customer_number + 30
    with pg_db.engine.connect() as conn:
        numbers = conn.execute(text("SELECT number FROM customers ORDER BY number")).scalars().all()
        tickets = conn.execute(text("SELECT number FROM tickets ORDER BY number")).scalars().all()
    assert numbers == list(range(1, 51))
    assert tickets == list(range(1, len(tickets) + 1))
