"""Runtime plumbing shared by the companion services: settings, logging, ids, the message stream,
gRPC serving and PostgreSQL. Domain logic never lives here; each service owns its own."""
