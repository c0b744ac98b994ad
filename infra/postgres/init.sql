-- Each subgraph creates its own schema through its migrations; the trigram extension backs accent- and
-- case-insensitive search and needs to be created once by a privileged role.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
