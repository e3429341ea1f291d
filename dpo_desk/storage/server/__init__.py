"""Team mode (issue 20): the case file on a shared PostgreSQL server, behind the same door as the file.

engine.py reaches the server (libpq's password sources, TLS), database.py is the door
(unit_of_work, reader), schema.py creates the schema from the same migrations and what the server
enforces (roles, grants, row-level security per organisation).
"""
