"""The encrypted case file: SQLCipher database, keys, lock, migrations. No Qt here."""
