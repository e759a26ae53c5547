"""The store: the one layer that owns SQL. SQLite by default (one file, WAL).

Schema changes are named migration files in ``migrations/`` applied in order
and recorded in the ``migrations`` table, so every database says which it has.
"""

from sukien.store._sqlite import InsertResult, Stage, Store

__all__ = ["InsertResult", "Stage", "Store"]
