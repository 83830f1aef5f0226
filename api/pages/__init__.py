"""Pages for people: the landing page and Swagger UI."""
